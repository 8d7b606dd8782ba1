import "server-only";
import { env } from "./env";

/** An absolute link to the portal, for e-mails (APP_URL is the public address). */
export function absoluteUrl(path: string): string {
  return new URL(path, env().APP_URL).toString();
}
