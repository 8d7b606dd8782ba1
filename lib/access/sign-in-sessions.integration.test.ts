import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmployer, createStaff } from "@/lib/testing/actors";
import { clearTransactionalData, testPrisma } from "@/lib/testing/database";
import { loadActor } from "./actor";
import { checkSignInSession, endSignInSession, pruneSignInSessions, startSignInSession } from "./sign-in-sessions";

const prisma = testPrisma();
const minutes = (n: number) => n * 60_000;

beforeAll(clearTransactionalData);
afterAll(clearTransactionalData);

describe("sign-in sessions end when they should", () => {
  it("signing out ends the session on the server: replaying the same cookie's claims is refused", async () => {
    const { user } = await createEmployer();
    const sessionId = await startSignInSession(user);
    expect((await loadActor(user.id, user.sessionVersion, { sessionId }))?.userId).toBe(user.id);
    await endSignInSession(sessionId);
    expect(await loadActor(user.id, user.sessionVersion, { sessionId })).toBeNull();
    // A cookie without a session id (made before sessions existed, or forged with the secret) is not signed in.
    expect(await loadActor(user.id, user.sessionVersion, { sessionId: undefined })).toBeNull();
  });

  it("a session belongs to its user only", async () => {
    const a = await createEmployer();
    const b = await createEmployer();
    const sessionId = await startSignInSession(a.user);
    expect(await loadActor(b.user.id, b.user.sessionVersion, { sessionId })).toBeNull();
  });

  it("staff: ends after 30 idle minutes (and stays ended), and after 8 hours however active", async () => {
    const { user } = await createStaff("MODERATOR", ["KG"]);
    const start = new Date("2026-11-30T08:00:00Z");
    const idle = await startSignInSession(user, start);
    expect(await checkSignInSession(idle, user, new Date(start.getTime() + minutes(29)))).toBe(true);
    expect(await checkSignInSession(idle, user, new Date(start.getTime() + minutes(29 + 31)))).toBe(false);
    expect(await checkSignInSession(idle, user, new Date(start.getTime() + minutes(29 + 32)))).toBe(false);
    expect((await prisma.signInSession.findUniqueOrThrow({ where: { id: idle } })).revokedAt).not.toBeNull();

    const busy = await startSignInSession(user, start);
    for (let m = 20; m < 480; m += 20)
      expect(await checkSignInSession(busy, user, new Date(start.getTime() + minutes(m)))).toBe(true);
    expect(await checkSignInSession(busy, user, new Date(start.getTime() + minutes(481)))).toBe(false);
  });

  it("employers stay signed in for 7 days without an idle limit; old sessions are pruned", async () => {
    const { user } = await createEmployer();
    const start = new Date("2026-11-01T08:00:00Z");
    const sessionId = await startSignInSession(user, start);
    expect(await checkSignInSession(sessionId, user, new Date(start.getTime() + minutes(60 * 24 * 6)))).toBe(true);
    expect(await checkSignInSession(sessionId, user, new Date(start.getTime() + minutes(60 * 24 * 7 + 1)))).toBe(false);
    expect(await pruneSignInSessions(new Date(start.getTime() + minutes(60 * 24 * 9)))).toBeGreaterThanOrEqual(1);
    expect(await prisma.signInSession.findUnique({ where: { id: sessionId } })).toBeNull();
  });
});
