// The stable error codes of /api/v1, their HTTP status and message: one table for the answers
// (respond.ts), the OpenAPI document's error examples and the reference page.
export const apiErrors = {
  invalid: { status: 400, message: "Some parameters were refused; see details." },
  not_found: { status: 404, message: "There is no such public resource." },
  rate_limited: { status: 429, message: "Too many requests from this address; try again after Retry-After seconds." },
  internal: { status: 500, message: "The server failed to answer; try again later." },
} as const;

export type ApiErrorCode = keyof typeof apiErrors;
