import { createHash } from "node:crypto";
import { z } from "zod";

// A listing cursor: which listing (a digest of its parameters), its cut-off (vacancies published later are
// left out, so pages do not shift while vacancies are added) and the page reached. Opaque to clients;
// base64url JSON, validated on the way back in like any other input. Nothing in it is secret: a forged
// cursor can only ask for a page of public vacancies, which the limits already allow.

const cursorSchema = z.strictObject({
  v: z.literal(1),
  /** digest of the listing's parameters */
  d: z.string().regex(/^[A-Za-z0-9_-]{12}$/),
  /** cut-off, whole seconds since 1970 */
  t: z.number().int().positive().max(32_503_680_000),
  /** the page this cursor asks for (2 and up) */
  p: z.number().int().min(2).max(100_000),
});
export type ListingCursor = { digest: string; publishedBefore: Date; page: number };

/** What makes two requests the same listing: every parameter but the cursor and the language of names. */
export function listingDigest(parameters: Record<string, unknown>): string {
  const kept = Object.entries(parameters)
    .filter(([key, value]) => key !== "cursor" && key !== "lang" && value !== undefined)
    .sort(([a], [b]) => a.localeCompare(b));
  return createHash("sha256").update(JSON.stringify(kept)).digest("base64url").slice(0, 12);
}

export function encodeCursor(cursor: ListingCursor): string {
  const body = { v: 1, d: cursor.digest, t: Math.floor(cursor.publishedBefore.getTime() / 1000), p: cursor.page };
  return Buffer.from(JSON.stringify(body)).toString("base64url");
}

/** The cursor, or null when it is not one of ours (malformed, tampered with, from another version). */
export function decodeCursor(text: string): ListingCursor | null {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(text)) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const parsed = cursorSchema.safeParse(json);
  if (!parsed.success) return null;
  return { digest: parsed.data.d, publishedBefore: new Date(parsed.data.t * 1000), page: parsed.data.p };
}
