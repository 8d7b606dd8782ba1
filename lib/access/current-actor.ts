import "server-only";
import { cache } from "react";
import { type Actor, loadActor } from "./actor";
import { auth } from "./auth";

/** The signed-in user of this request (once per request); null when not signed in or the session is stale. */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = (await auth()) as { uid?: string; sv?: number } | null;
  if (!session?.uid) return null;
  return loadActor(session.uid, session.sv ?? 0);
});
