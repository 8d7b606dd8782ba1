import "server-only";
import { cache } from "react";
import { type Actor, loadActor } from "./actor";
import { auth } from "./auth";

/** The signed-in user of this request (once per request); null when not signed in or the session is stale. */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = (await auth()) as { uid?: string; sv?: number; sid?: string } | null;
  if (!session?.uid) return null;
  // A cookie always names its sign-in session; one without (older cookies) is not signed in.
  return loadActor(session.uid, session.sv ?? 0, { sessionId: session.sid });
});
