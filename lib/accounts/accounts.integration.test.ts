import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clearTransactionalData, testPrisma } from "@/lib/testing/database";
import { loadActor } from "@/lib/access/actor";
import { fakeKazakhBin, fakeKyrgyzInn } from "@/prisma/seed/factories";
import { createRandom } from "@/prisma/seed/random";
import { authenticateUser, signInLimits } from "./authenticate-user";
import { registerEmployer } from "./register-employer";
import { requestPasswordReset } from "./request-password-reset";
import { resetPassword } from "./reset-password";
import { verifyEmail } from "./verify-email";

const prisma = testPrisma();
const random = createRandom(99);
const password = "correct horse battery";

function registration(overrides: Record<string, unknown> = {}) {
  return {
    name: "Айгерим Сейткали",
    email: `hr-${random.id()}@example.kz`,
    password,
    countryCode: "KZ",
    kind: "COMPANY",
    legalName: "ТОО «Тест Строй»",
    registryNumber: fakeKazakhBin(random),
    contactPhone: "+7 701 123 45 67",
    locale: "kk",
    ...overrides,
  };
}

/** The link from the newest mail to this address (what the person would click). */
async function linkFromMail(to: string, path: string) {
  const mail = await prisma.mailMessage.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } });
  const match = mail.text.match(new RegExp(`https?://\\S+${path}\\?token=([A-Za-z0-9_-]+)`));
  if (!match) throw new Error(`no ${path} link in: ${mail.text}`);
  return { mail, token: match[1]! };
}

beforeAll(clearTransactionalData);
afterAll(clearTransactionalData);

describe("registerEmployer", () => {
  it("creates the organisation, its owner, an unverified account and a verification mail in the user's language", async () => {
    const input = registration();
    await registerEmployer(input, { ip: "10.0.0.1" });
    const user = await prisma.user.findUniqueOrThrow({
      where: { email: input.email },
      include: { memberships: { include: { organization: true } } },
    });
    expect(user.emailVerified).toBeNull();
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.memberships[0]?.role).toBe("OWNER");
    expect(user.memberships[0]?.organization).toMatchObject({
      countryCode: "KZ",
      kind: "COMPANY",
      verificationState: "UNVERIFIED",
      registryNumber: input.registryNumber,
    });
    const { mail } = await linkFromMail(input.email, "/kk/employer/verify-email");
    expect(mail.subject).not.toMatch(/[A-Za-z]{5}/); // Kazakh, not English
    expect(await prisma.auditLog.count({ where: { entityId: user.id, action: "user.registered" } })).toBe(1);
  });

  it("explains a wrong BIN next to the field and writes nothing", async () => {
    const before = await prisma.organization.count();
    await expect(
      registerEmployer(registration({ registryNumber: "080440000128" }), { ip: "10.0.0.2" }),
    ).rejects.toMatchObject({
      code: "invalid",
      fields: { registryNumber: ["validation.registryNumber.checksum"] },
    });
    await expect(
      registerEmployer(registration({ countryCode: "KG", registryNumber: "123" }), { ip: "10.0.0.2" }),
    ).rejects.toMatchObject({
      fields: { registryNumber: ["validation.registryNumber.length_kg"] },
    });
    expect(await prisma.organization.count()).toBe(before);
  });

  it("refuses a registry number that is already registered, without a duplicate organisation", async () => {
    const first = registration({
      countryCode: "KG",
      registryNumber: fakeKyrgyzInn(random),
      contactPhone: "+996 555 123 456",
    });
    await registerEmployer(first, { ip: "10.0.0.3" });
    const count = await prisma.organization.count();
    await expect(
      registerEmployer({ ...first, email: `other-${random.id()}@example.kg` }, { ip: "10.0.0.3" }),
    ).rejects.toMatchObject({
      code: "conflict",
      fields: { registryNumber: ["validation.registryNumber.taken"] },
    });
    expect(await prisma.organization.count()).toBe(count);
  });

  it("does not reveal that an e-mail has an account: same answer, a notice mail to the owner, nothing created", async () => {
    const first = registration();
    await registerEmployer(first, { ip: "10.0.0.4" });
    const users = await prisma.user.count();
    const again = await registerEmployer(registration({ email: first.email }), { ip: "10.0.0.4" });
    expect(again).toEqual({ email: first.email });
    expect(await prisma.user.count()).toBe(users);
    const mail = await prisma.mailMessage.findFirstOrThrow({
      where: { to: first.email },
      orderBy: { createdAt: "desc" },
    });
    expect(mail.kind).toBe("already-registered");
  });

  it("requires the licence of a recruitment agency", async () => {
    await expect(
      registerEmployer(registration({ kind: "RECRUITMENT_AGENCY" }), { ip: "10.0.0.5" }),
    ).rejects.toMatchObject({
      fields: { agencyLicense: ["validation.agencyLicenseRequired"] },
    });
  });
});

describe("e-mail verification and sign-in", () => {
  it("signs in only after the address is verified, with a generic error for wrong passwords and unknown accounts", async () => {
    const input = registration();
    await registerEmployer(input, { ip: "10.0.1.1" });
    const attempt = (overrides: Partial<Parameters<typeof authenticateUser>[0]> = {}) =>
      authenticateUser({ email: input.email, password, ip: "10.0.1.1", audience: "employer", ...overrides });

    expect(await attempt()).toEqual({ ok: false, reason: "unverified" });
    expect(await attempt({ password: "wrong password!" })).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt({ email: "nobody@example.kz" })).toEqual({ ok: false, reason: "invalid" });

    const { token } = await linkFromMail(input.email, "/kk/employer/verify-email");
    expect(await verifyEmail(token)).toBe("valid");
    expect(await verifyEmail(token)).toBe("used");
    expect(await verifyEmail("A".repeat(43))).toBe("invalid");

    const result = await attempt();
    expect(result.ok).toBe(true);
    expect(await attempt({ audience: "staff" })).toEqual({ ok: false, reason: "invalid" });
  });

  it("slows a guesser at one address with growing delays, never the owner elsewhere; audits sign-ins and failures", async () => {
    const input = registration();
    await registerEmployer(input, { ip: "10.0.2.1" });
    const { token } = await linkFromMail(input.email, "/kk/employer/verify-email");
    await verifyEmail(token);
    const guesser = "203.0.113.66";
    const guess = (password = "wrong password!") =>
      authenticateUser({ email: input.email, password, ip: guesser, audience: "employer" });
    const failures = () =>
      prisma.rateLimitCounter.findFirstOrThrow({
        where: { key: { startsWith: `signin-delay:employer:${input.email}:` } },
      });
    /** The clock moved on: the last failure happened `seconds` earlier. */
    const wait = async (seconds: number) => {
      const row = await failures();
      await prisma.rateLimitCounter.update({
        where: { key: row.key },
        data: { windowStart: new Date(row.windowStart.getTime() - seconds * 1000) },
      });
    };

    // A typo or three costs nothing…
    for (let i = 0; i < signInLimits.freeFailures; i++) expect(await guess()).toEqual({ ok: false, reason: "invalid" });
    // …then each try waits twice as long as the one before, and says how long.
    expect(await guess()).toEqual({ ok: false, reason: "rate_limited", retryAfterSeconds: 1 });
    await wait(1);
    expect(await guess()).toEqual({ ok: false, reason: "invalid" });
    expect(await guess()).toEqual({ ok: false, reason: "rate_limited", retryAfterSeconds: 2 });
    await wait(2);
    expect(await guess()).toEqual({ ok: false, reason: "invalid" });
    expect(await guess()).toEqual({ ok: false, reason: "rate_limited", retryAfterSeconds: 4 });
    // The right password does not get through a wait either.
    expect(await guess(password)).toEqual({ ok: false, reason: "rate_limited", retryAfterSeconds: 4 });
    // The delay stops growing at 15 minutes.
    await prisma.rateLimitCounter.update({ where: { key: (await failures()).key }, data: { count: 40 } });
    expect(await guess()).toMatchObject({ retryAfterSeconds: signInLimits.maxDelaySeconds });
    // The owner, from their own address, signs in meanwhile.
    const owner = await authenticateUser({ email: input.email, password, ip: "10.0.2.99", audience: "employer" });
    expect(owner.ok).toBe(true);
    // A day after the last failure, the guesser's address starts again from zero.
    await wait(signInLimits.forgetFailuresSeconds);
    expect(await guess()).toEqual({ ok: false, reason: "invalid" });
    expect((await failures()).count).toBe(1);

    const user = await prisma.user.findUniqueOrThrow({ where: { email: input.email } });
    const actions = (await prisma.auditLog.findMany({ where: { entityId: user.id, action: { startsWith: "auth." } } }))
      .map((row) => row.action)
      .sort();
    expect(actions).toEqual(
      [
        ...Array(signInLimits.freeFailures + 3).fill("auth.sign_in_failed"),
        ...Array(5).fill("auth.sign_in_refused_rate_limit"),
        "auth.sign_in",
      ].sort(),
    );
    const logged = JSON.stringify(
      await prisma.auditLog.findMany({
        where: { entityId: user.id },
        select: { before: true, after: true, note: true },
      }),
    );
    expect(logged).not.toContain("wrong password!");
    expect(logged).not.toContain(password);
  });

  it("caps guesses at one account spread over many addresses", async () => {
    const input = registration();
    await registerEmployer(input, { ip: "10.0.2.2" });
    const { token } = await linkFromMail(input.email, "/kk/employer/verify-email");
    await verifyEmail(token);
    for (let i = 0; i < signInLimits.account.limit; i++)
      await authenticateUser({
        email: input.email,
        password: "wrong password!",
        ip: `10.9.${Math.floor(i / 4)}.${i % 4}`,
        audience: "employer",
      });
    expect(
      await authenticateUser({ email: input.email, password, ip: "10.0.2.100", audience: "employer" }),
    ).toMatchObject({ ok: false, reason: "rate_limited" });
  });

  it("limits attempts per IP address across accounts", async () => {
    const ip = "10.0.3.1";
    for (let i = 0; i < signInLimits.ip.limit; i++)
      await authenticateUser({
        email: `guess${i}@example.kz`,
        password: "whatever password",
        ip,
        audience: "employer",
      });
    expect(
      await authenticateUser({ email: "another@example.kz", password: "whatever password", ip, audience: "employer" }),
    ).toMatchObject({ ok: false, reason: "rate_limited" });
  });
});

describe("password reset", () => {
  it("sets a new password from the mailed link, ends older sessions, and the link works once", async () => {
    const input = registration({ locale: "ru" });
    await registerEmployer(input, { ip: "10.0.4.1" });
    const user = await prisma.user.findUniqueOrThrow({ where: { email: input.email } });
    expect(await loadActor(user.id, user.sessionVersion)).not.toBeNull();

    await requestPasswordReset({ email: input.email, locale: "ru" }, { ip: "10.0.4.1" });
    const { token } = await linkFromMail(input.email, "/(?:ru|kk)/employer/reset-password");
    expect(await resetPassword({ token, password: "a brand new passphrase" }, { ip: "198.51.100.40" })).toBe("done");
    expect(await resetPassword({ token, password: "a brand new passphrase" }, { ip: "198.51.100.40" })).toBe("used");

    expect(await loadActor(user.id, user.sessionVersion)).toBeNull(); // the old session token is dead
    const after = await prisma.user.findUniqueOrThrow({ where: { email: input.email } });
    expect(after.emailVerified).not.toBeNull(); // the link proved the mailbox
    expect(
      (
        await authenticateUser({
          email: input.email,
          password: "a brand new passphrase",
          ip: "10.0.4.2",
          audience: "employer",
        })
      ).ok,
    ).toBe(true);
  });

  it("answers the same for an unknown address and sends nothing", async () => {
    const mails = await prisma.mailMessage.count();
    await requestPasswordReset({ email: "nobody-here@example.kz", locale: "ru" }, { ip: "10.0.4.3" });
    expect(await prisma.mailMessage.count()).toBe(mails);
  });

  it("refuses weak passwords next to the field", async () => {
    await expect(
      resetPassword({ token: "A".repeat(43), password: "short" }, { ip: "198.51.100.40" }),
    ).rejects.toMatchObject({
      fields: { password: ["validation.passwordTooShort"] },
    });
  });
});
