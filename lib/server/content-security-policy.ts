// The Content-Security-Policy of each kind of page (set by proxy.ts).
//
// Signed-in areas (employer, staff, the dev outbox) are rendered per request, so each response gets a fresh
// nonce: only scripts carrying it run ('strict-dynamic' lets them load Next's chunks), so an injected
// <script> cannot. Public pages are cached and shared by every visitor (decision 0018): one copy cannot
// carry a per-request nonce, so they allow the same-origin scripts and Next's inline bootstrap instead. They
// show no one's private data and every text on them is escaped by React; the strict policy guards the pages
// where a session is worth stealing.

const common = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
];

export function privatePagePolicy(nonce: string, development: boolean): string {
  const eval_ = development ? " 'unsafe-eval'" : ""; // React's development tools need eval
  return [...common, `script-src 'nonce-${nonce}' 'strict-dynamic'${eval_}`].join("; ");
}

export function publicPagePolicy(development: boolean): string {
  const eval_ = development ? " 'unsafe-eval'" : "";
  return [...common, `script-src 'self' 'unsafe-inline'${eval_}`].join("; ");
}

/** Paths rendered for one signed-in person (or the outbox), which get the nonce policy. */
export function isPrivatePath(pathname: string): boolean {
  return /^\/(ru|ky|kk|en)\/(employer|staff|dev)(\/|$)/.test(pathname);
}
