// The authorization matrix (lib/access/authorization-matrix.ts), called cell by cell against the production
// build: every page and API route over HTTP with each caller's session cookie, every server action the way a
// browser (or an attacker) posts it — the action id from the build's manifest, the arguments encoded as React
// encodes them. The routes and actions come from the build, so a new one missing from the table fails here.
import { readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { test, expect } from "@playwright/test";
import { authorizationMatrix, accessOf, callers, type Caller } from "../lib/access/authorization-matrix";
import { createOrganization, createVacancy } from "../prisma/seed/factories";
import { e2eServer } from "./support/server";
import { sessionCookieFor } from "./support/fixtures";
import { inDays } from "./support/employer";
import { builtServerActions, postServerAction, type BuiltAction } from "../lib/testing/server-actions";

// Plain HTTP, no screen: the phone project would only repeat the same requests.
test.skip(({ isMobile }) => isMobile, "HTTP only; the desktop project covers it");

process.env.DATABASE_URL = e2eServer.databaseUrl;
process.env.DATABASE_POOL_MAX = "2";

// ---- What the build contains ------------------------------------------------------------------------------

const appPaths = Object.keys(JSON.parse(readFileSync(".next/server/app-paths-manifest.json", "utf8")) as object);
/** Route keys as the table writes them: "/[locale]/employer/page" → "/[locale]/employer". Next's own "/_…" pages are not ours. */
const builtRoutes = appPaths
  .map((path) => path.replace(/\/(page|route)$/, "") || "/")
  .filter((route) => !route.startsWith("/_"));

const builtActions = builtServerActions();

const actionRows = authorizationMatrix.filter((row) => row.target.startsWith("action "));
const routeRows = authorizationMatrix.filter((row) => !row.target.startsWith("action "));
const actionName = (target: string) => target.replace(/^action /, "").split(":")[0]!;

test("the table names every route and server action of the build, and nothing else", () => {
  const tableRoutes = routeRows.map((row) => row.target);
  expect(
    builtRoutes.filter((route) => !tableRoutes.includes(route)),
    "routes missing from the table",
  ).toEqual([]);
  expect(
    tableRoutes.filter((route) => !builtRoutes.includes(route)),
    "table rows with no route",
  ).toEqual([]);
  const tableActions = new Set(actionRows.map((row) => actionName(row.target)));
  const names = builtActions.map((action) => action.exportedName);
  expect(
    names.filter((name) => !tableActions.has(name)),
    "actions missing from the table",
  ).toEqual([]);
  expect(
    [...tableActions].filter((name) => !names.includes(name)),
    "table rows with no action",
  ).toEqual([]);
});

// ---- The world the table speaks of --------------------------------------------------------------------------

const db = async () => (await import("../lib/server/db")).db;
const unique = () => `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;

type World = {
  organizationA: { id: string };
  organizationB: { id: string };
  users: Record<Exclude<Caller, "anonymous">, string>;
  createdOrganizations: string[];
  createdUsers: string[];
};
let world: World;

async function setUpWorld(): Promise<World> {
  const client = await db();
  const { createStaffMember } = await import("../lib/moderation/create-staff-member");
  const createdOrganizations: string[] = [];
  const createdUsers: string[] = [];
  const owner = async (countryCode: "KG" | "KZ") => {
    const organization = await createOrganization(client, { countryCode, legalName: `Матрица ${unique()}` });
    const user = await client.user.create({
      data: { email: `owner-${unique()}@example.test`, name: "Айгерим", role: "EMPLOYER", emailVerified: new Date() },
    });
    await client.membership.create({ data: { userId: user.id, organizationId: organization.id, role: "OWNER" } });
    createdOrganizations.push(organization.id);
    createdUsers.push(user.id);
    return { organization, user };
  };
  const staffMember = async (role: "MODERATOR" | "ADMINISTRATOR", jurisdictions: ("KG" | "KZ")[]) => {
    const member = await createStaffMember(null, {
      email: `${role.toLowerCase()}-${unique()}@mintrud.example`,
      name: "Бакыт Асанов",
      role,
      jurisdictions,
      password: randomBytes(18).toString("base64url"),
    });
    createdUsers.push(member.id);
    return member.id;
  };
  const a = await owner("KZ");
  const b = await owner("KG");
  return {
    organizationA: a.organization,
    organizationB: b.organization,
    users: {
      employerA: a.user.id,
      employerB: b.user.id,
      moderatorKG: await staffMember("MODERATOR", ["KG"]),
      moderatorKZ: await staffMember("MODERATOR", ["KZ"]),
      administrator: await staffMember("ADMINISTRATOR", ["KG", "KZ"]),
    },
    createdOrganizations,
    createdUsers,
  };
}

test.beforeAll(async () => {
  world = await setUpWorld();
});

test.afterAll(async () => {
  const client = await db();
  await client.vacancy.deleteMany({ where: { organizationId: { in: world.createdOrganizations } } });
  await client.organization.deleteMany({ where: { id: { in: world.createdOrganizations } } });
  await client.user.deleteMany({ where: { id: { in: world.createdUsers } } });
  await client.alertAddress.deleteMany({ where: { id: { in: createdAlertAddresses } } });
});

/** A fresh session per call: sign-out (a cell of the table) ends only the session it was called with. */
async function cookieHeader(caller: Caller): Promise<Record<string, string>> {
  if (caller === "anonymous") return {};
  const cookie = await sessionCookieFor(world.users[caller]);
  return { Cookie: `${cookie.name}=${cookie.value}` };
}

/** The caller's own organisation (employers), or organisation A for everyone else. */
const ownOrganization = (caller: Caller) => (caller === "employerB" ? world.organizationB.id : world.organizationA.id);
const ownUser = (caller: Caller) => (caller === "employerB" ? world.users.employerB : world.users.employerA);

async function vacancyOfA(overrides: Record<string, unknown> = {}) {
  const client = await db();
  const vacancy = await createVacancy(client, {
    organizationId: world.organizationA.id,
    countryCode: "KZ",
    title: `Водитель ${unique()}`,
    ...overrides,
  });
  if (vacancy.status === "PUBLISHED") {
    const { refreshSearchEntries } = await import("../lib/search/postgres-index");
    await refreshSearchEntries(client, [vacancy.id]);
  }
  return vacancy;
}

async function pendingVacancyOfA() {
  return vacancyOfA({ status: "PENDING_REVIEW", publishedAt: null, riskLevel: "LOW", riskScore: 0 });
}

/** A report (as submitReport writes it) on a new published vacancy of A: its own case. */
async function reportOnA() {
  const vacancy = await vacancyOfA();
  return (await db()).report.create({
    data: {
      receipt: `R-${Array.from(randomBytes(7), (byte) => "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"[byte % 32]).join("")}`,
      vacancyId: vacancy.id,
      countryCode: "KZ",
      reason: "ASKS_FOR_MONEY",
      reporterHash: unique(),
      networkHash: unique(),
    },
  });
}

/** A seeker's response to a published vacancy of A, written as submitResponse writes it; the token is the private link's. */
async function responseToA(vacancyId?: string) {
  const { newOneTimeToken } = await import("../lib/server/tokens");
  const id = vacancyId ?? (await vacancyOfA()).id;
  const { token, tokenHash } = newOneTimeToken();
  const digits = `+996${String(Math.floor(Math.random() * 1e9)).padStart(9, "0")}`;
  const response = await (
    await db()
  ).response.create({
    data: {
      vacancyId: id,
      name: "Нурлан",
      phone: digits,
      phoneDigits: digits,
      answerLanguage: "ru",
      tokenHash,
      consentedAt: new Date(),
    },
  });
  return { token, response, vacancyId: id };
}

const createdAlertAddresses: string[] = [];

/** A seeker's alert subscription (as subscribeToAlerts and confirmAlert write it), with a confirmation and a mailed link's tokens. */
async function alertSubscription(status: "PENDING" | "ACTIVE") {
  const { newOneTimeToken } = await import("../lib/server/tokens");
  const client = await db();
  const confirm = newOneTimeToken();
  const link = newOneTimeToken();
  const address = await client.alertAddress.create({ data: { email: `seeker-${unique()}@example.test` } });
  createdAlertAddresses.push(address.id);
  const subscription = await client.alertSubscription.create({
    data: {
      addressId: address.id,
      locale: "ru",
      query: "?country=KZ",
      frequency: "DAILY",
      status,
      confirmTokenHash: confirm.tokenHash,
      confirmedAt: status === "ACTIVE" ? new Date() : null,
      linkTokens: { create: { tokenHash: link.tokenHash } },
    },
  });
  return { subscription, confirmToken: confirm.token, linkToken: link.token };
}

async function memberOfA() {
  const client = await db();
  const user = await client.user.create({
    data: { email: `member-${unique()}@example.test`, name: "Данияр", role: "EMPLOYER", emailVerified: new Date() },
  });
  world.createdUsers.push(user.id);
  return client.membership.create({
    data: { userId: user.id, organizationId: world.organizationA.id, role: "MEMBER" },
  });
}

async function organizationInKZ(overrides: Record<string, unknown> = {}) {
  const organization = await createOrganization(await db(), {
    countryCode: "KZ",
    legalName: `Проверка ${unique()}`,
    verificationState: "UNVERIFIED",
    verifiedAt: null,
    ...overrides,
  });
  world.createdOrganizations.push(organization.id);
  return organization;
}

// ---- Pages and API routes -----------------------------------------------------------------------------------

type RouteCall = { method?: "GET" | "POST"; url: string };

/** The address each route is tried at (a thing of organisation A where the route names one). */
const routeCalls: Record<string, () => Promise<RouteCall>> = {
  "/[locale]": async () => ({ url: "/ru" }),
  "/[locale]/vacancies": async () => ({ url: "/ru/vacancies?q=водитель" }),
  "/[locale]/vacancies/[id]": async () => ({ url: `/ru/vacancies/${(await vacancyOfA()).id}` }),
  "/[locale]/vacancies/feed": async () => ({ url: "/ky/vacancies/feed?q=водитель&country=KZ" }),
  "/[locale]/employers/[id]": async () => {
    await vacancyOfA();
    return { url: `/ru/employers/${world.organizationA.id}` };
  },
  "/[locale]/for-employers": async () => ({ url: "/ky/for-employers" }),
  "/[locale]/developers": async () => ({ url: "/kk/developers" }),
  "/[locale]/saved": async () => ({ url: "/ru/saved" }),
  "/[locale]/responses/[token]": async () => ({ url: `/ru/responses/${(await responseToA()).token}` }),
  "/[locale]/[...rest]": async () => ({ url: "/ru/no-such-page" }),
  "/[locale]/alerts/confirm": async () => ({
    url: `/ru/alerts/confirm?token=${(await alertSubscription("PENDING")).confirmToken}`,
  }),
  "/[locale]/alerts/manage": async () => ({
    url: `/ky/alerts/manage?token=${(await alertSubscription("ACTIVE")).linkToken}`,
  }),
  "/[locale]/employer/sign-in": async () => ({ url: "/ru/employer/sign-in" }),
  "/[locale]/employer/register": async () => ({ url: "/ru/employer/register" }),
  "/[locale]/employer/check-email": async () => ({ url: "/ru/employer/check-email?email=a%40example.test" }),
  "/[locale]/employer/verify-email": async () => ({ url: "/ru/employer/verify-email?token=unknown" }),
  "/[locale]/employer/forgot-password": async () => ({ url: "/ru/employer/forgot-password" }),
  "/[locale]/employer/reset-password": async () => ({ url: "/ru/employer/reset-password?token=unknown" }),
  "/[locale]/employer/invitation": async () => ({ url: "/ru/employer/invitation?token=unknown" }),
  "/[locale]/staff/sign-in": async () => ({ url: "/ru/staff/sign-in" }),
  "/[locale]/dev/outbox": async () => ({ url: "/ru/dev/outbox" }),
  "/[locale]/employer": async () => ({ url: "/ru/employer" }),
  "/[locale]/employer/account": async () => ({ url: "/ru/employer/account" }),
  "/[locale]/employer/notifications": async () => ({ url: "/ru/employer/notifications" }),
  "/[locale]/employer/organization": async () => ({ url: "/ru/employer/organization" }),
  "/[locale]/employer/members": async () => ({ url: "/ru/employer/members" }),
  "/[locale]/employer/vacancies/new": async () => ({ url: "/ru/employer/vacancies/new" }),
  "/[locale]/employer/vacancies/[id]/edit": async () => ({
    url: `/ru/employer/vacancies/${(await vacancyOfA({ status: "DRAFT", publishedAt: null })).id}/edit`,
  }),
  "/[locale]/employer/vacancies/[id]/preview": async () => ({
    url: `/ru/employer/vacancies/${(await vacancyOfA({ status: "DRAFT", publishedAt: null })).id}/preview`,
  }),
  "/[locale]/employer/vacancies/[id]/responses": async () => ({
    url: `/ru/employer/vacancies/${(await responseToA()).vacancyId}/responses`,
  }),
  "/[locale]/staff": async () => ({ url: "/ru/staff" }),
  "/[locale]/staff/account": async () => ({ url: "/ru/staff/account" }),
  "/[locale]/staff/vacancies/[id]": async () => ({ url: `/ru/staff/vacancies/${(await pendingVacancyOfA()).id}` }),
  "/[locale]/staff/employers": async () => ({
    url: "/ru/staff/employers?q=%D0%9F%D1%80%D0%BE%D0%B2%D0%B5%D1%80%D0%BA%D0%B0",
  }),
  "/[locale]/staff/employers/[id]": async () => ({ url: `/ky/staff/employers/${world.organizationA.id}` }),
  "/[locale]/staff/reports": async () => ({ url: "/ru/staff/reports?state=closed" }),
  "/[locale]/staff/reports/[vacancyId]": async () => ({ url: `/ru/staff/reports/${(await reportOnA()).vacancyId}` }),
  "/[locale]/reports/status": async () => ({ url: "/kk/reports/status" }),
  "/[locale]/staff/rules": async () => ({ url: "/ru/staff/rules" }),
  "/[locale]/staff/risk-model": async () => ({ url: "/ru/staff/risk-model" }),
  "/[locale]/staff/rates": async () => ({ url: "/ru/staff/rates" }),
  "/[locale]/staff/team": async () => ({ url: "/ky/staff/team" }),
  "/[locale]/staff/audit": async () => ({ url: "/ru/staff/audit" }),
  "/[locale]/staff/alerts": async () => ({ url: "/ru/staff/alerts" }),
  "/api/health": async () => ({ url: "/api/health" }),
  "/api/search": async () => ({ url: "/api/search?q=водитель&locale=ru" }),
  "/api/search/suggest": async () => ({ url: "/api/search/suggest?q=вод&locale=ru" }),
  "/api/occupations": async () => ({ url: "/api/occupations?q=водитель&locale=ru" }),
  "/api/v1/vacancies": async () => ({ url: "/api/v1/vacancies?q=водитель&limit=5" }),
  "/api/v1/vacancies/[id]": async () => ({ url: `/api/v1/vacancies/${(await vacancyOfA()).id}` }),
  "/api/v1/employers/[id]": async () => {
    await vacancyOfA();
    return { url: `/api/v1/employers/${world.organizationA.id}` };
  },
  "/api/v1/reference/countries": async () => ({ url: "/api/v1/reference/countries" }),
  "/api/v1/reference/regions": async () => ({ url: "/api/v1/reference/regions?country=KG" }),
  "/api/v1/reference/cities": async () => ({ url: "/api/v1/reference/cities?region=KG-C" }),
  "/api/v1/reference/occupations": async () => ({ url: "/api/v1/reference/occupations?level=1" }),
  "/api/v1/reference/exchange-rate": async () => ({ url: "/api/v1/reference/exchange-rate" }),
  "/api/v1/openapi.json": async () => ({ url: "/api/v1/openapi.json" }),
  "/api/vacancies/[id]/views": async () => ({ method: "POST", url: `/api/vacancies/${(await vacancyOfA()).id}/views` }),
  "/api/auth/[...nextauth]": async () => ({ url: "/api/auth/session" }),
  "/api/staff/audit": async () => ({ url: "/api/staff/audit" }),
  // GET changes nothing (it leads to the manage page); the one-click POST is the seeker journey's.
  "/api/alerts/unsubscribe": async () => ({
    url: `/api/alerts/unsubscribe?token=${(await alertSubscription("ACTIVE")).linkToken}`,
  }),
  "/sitemap.xml": async () => ({ url: "/sitemap.xml" }),
  "/sitemaps/[name]": async () => ({ url: "/sitemaps/vacancies-0.xml" }),
  "/robots.txt": async () => ({ url: "/robots.txt" }),
  "/manifest.webmanifest": async () => ({ url: "/manifest.webmanifest" }),
  "/icon.svg": async () => ({ url: "/icon.svg" }),
  "/favicon.ico": async () => ({ url: "/favicon.ico" }),
  "/apple-icon.png": async () => ({ url: "/apple-icon.png" }),
};

/** allowed: 2xx, or a redirect somewhere other than a sign-in page; refused: a sign-in redirect, 401, 403, 404. */
function routeAccess(status: number, location: string | undefined): "allowed" | "refused" | `unexpected ${number}` {
  if (status >= 200 && status < 300) return "allowed";
  if (status >= 300 && status < 400) return location?.includes("/sign-in") ? "refused" : "allowed";
  if ([401, 403, 404].includes(status)) return "refused";
  return `unexpected ${status}`;
}

test.describe("pages and API routes", () => {
  for (const row of routeRows) {
    test(`${row.target}`, async ({ request }) => {
      const prepare = routeCalls[row.target];
      expect(prepare, `no call written for ${row.target}`).toBeDefined();
      for (const caller of callers) {
        const { method = "GET", url } = await prepare!();
        const response = await request.fetch(url, {
          method,
          headers: await cookieHeader(caller),
          maxRedirects: 0,
        });
        const answer = routeAccess(response.status(), response.headers()["location"]);
        expect(answer, `${caller} → ${method} ${url} (${response.status()})`).toBe(accessOf(row, caller));
      }
    });
  }
});

// ---- Server actions -------------------------------------------------------------------------------------------

type ActionCall = {
  /** The form fields, as the page's form would post them. */
  values: Record<string, string | string[]>;
  /** What the action would change, read before and after: a refused call must leave it as it was, an allowed one must change it. */
  observe?: () => Promise<unknown>;
  /** Undo an allowed call that would disturb the world for later cells. */
  restore?: () => Promise<void>;
};

/** Called once per caller, so an allowed call never leaves later callers without a target. */
const actionCalls: Record<string, (caller: Caller) => Promise<ActionCall>> = {
  registerAction: async () => ({ values: { email: "not-an-address" } }),
  verifyEmailAction: async () => ({ values: { token: "unknown" } }),
  signInAction: async () => ({ values: { email: `nobody-${unique()}@example.test`, password: "wrong password 1" } }),
  staffSignInAction: async () => ({
    values: { email: `nobody-${unique()}@example.test`, password: "wrong password 1" },
  }),
  resendVerificationAction: async () => ({ values: { email: `nobody-${unique()}@example.test` } }),
  requestPasswordResetAction: async () => ({ values: { email: `nobody-${unique()}@example.test` } }),
  resetPasswordAction: async () => ({ values: { token: "unknown", password: "a long new password 2026" } }),
  acceptInvitationAction: async () => ({
    values: { token: "unknown", name: "Данияр", password: "a long password 2026" },
  }),
  signOutAction: async () => ({ values: {} }),
  changePasswordAction: async () => ({
    values: { currentPassword: "not the current one", newPassword: "Жаңа құпия сөз 2026 жыл" },
  }),
  // Without consent (responses) and without a reason (reports): refused by validation, after the access
  // check, before any rate limit — the suite's other journeys share this machine's per-address limits.
  submitResponseAction: async () => {
    const vacancy = await vacancyOfA();
    return { values: { vacancyId: vacancy.id, name: "Нурлан", phone: "+996 700 123 456", answerLanguage: "ru" } };
  },
  withdrawResponseAction: async () => {
    const { token, response } = await responseToA();
    const client = await db();
    return {
      values: { token },
      observe: async () => (await client.response.findUniqueOrThrow({ where: { id: response.id } })).status,
    };
  },
  submitReportAction: async () => ({ values: { vacancyId: (await vacancyOfA()).id, reason: "" } }),
  // A malformed address: refused by validation before the per-client limit, like the two above.
  subscribeAlertAction: async () => ({ values: { email: "not-an-address", frequency: "DAILY", query: "" } }),
  confirmAlertAction: async () => {
    const { subscription, confirmToken } = await alertSubscription("PENDING");
    const client = await db();
    return {
      values: { token: confirmToken },
      observe: async () =>
        (await client.alertSubscription.findUniqueOrThrow({ where: { id: subscription.id } })).status,
    };
  },
  manageAlertAction: async () => {
    const { subscription, linkToken } = await alertSubscription("ACTIVE");
    const client = await db();
    return {
      values: { operation: "end", token: linkToken, subscriptionId: subscription.id },
      observe: async () =>
        (await client.alertSubscription.findUniqueOrThrow({ where: { id: subscription.id } })).status,
    };
  },
  "saveVacancyAction:create": async () => {
    const title = `Водитель погрузчика ${unique()}`;
    const client = await db();
    return {
      values: { intent: "draft", title },
      observe: async () => client.vacancy.count({ where: { title } }),
    };
  },
  "saveVacancyAction:edit": async () => {
    const vacancy = await vacancyOfA({ status: "DRAFT", publishedAt: null });
    const client = await db();
    return {
      values: {
        vacancyId: vacancy.id,
        version: vacancy.updatedAt.toISOString(),
        intent: "draft",
        title: `Водитель автобуса ${unique()}`,
      },
      observe: async () => (await client.vacancy.findUniqueOrThrow({ where: { id: vacancy.id } })).title,
    };
  },
  "vacancyRowAction:close": async () => {
    const vacancy = await vacancyOfA();
    const client = await db();
    return {
      values: { vacancyId: vacancy.id, operation: "close" },
      observe: async () => (await client.vacancy.findUniqueOrThrow({ where: { id: vacancy.id } })).status,
    };
  },
  "vacancyRowAction:renew": async () => {
    const vacancy = await vacancyOfA();
    const client = await db();
    return {
      values: { vacancyId: vacancy.id, operation: "renew", validThrough: inDays(60) },
      observe: async () => (await client.vacancy.findUniqueOrThrow({ where: { id: vacancy.id } })).validThrough,
    };
  },
  "vacancyRowAction:duplicate": async () => {
    const vacancy = await vacancyOfA();
    const client = await db();
    return {
      values: { vacancyId: vacancy.id, operation: "duplicate" },
      observe: async () => client.vacancy.count({ where: { organizationId: world.organizationA.id } }),
    };
  },
  markResponseAction: async () => {
    const { response, vacancyId } = await responseToA();
    const client = await db();
    return {
      values: { responseId: response.id, vacancyId, status: "INVITED" },
      observe: async () => (await client.response.findUniqueOrThrow({ where: { id: response.id } })).status,
    };
  },
  markAllNotificationsReadAction: async (caller) => {
    const client = await db();
    const userId = ownUser(caller);
    await client.notification.create({
      data: { userId, organizationId: ownOrganization(caller), kind: "VACANCY_APPROVED" },
    });
    return {
      values: {},
      observe: async () => client.notification.count({ where: { userId, readAt: null } }),
    };
  },
  updateNotificationPreferencesAction: async (caller) => {
    const client = await db();
    const userId = ownUser(caller);
    const membership = { userId, organizationId: ownOrganization(caller) };
    const before = await client.membership.findUniqueOrThrow({ where: { userId_organizationId: membership } });
    const responsesOn = before.emailOptOuts.includes("RESPONSES");
    return {
      values: {
        emailDecisions: "on",
        emailExpiry: "on",
        ...(responsesOn ? { emailResponses: "on" } : {}),
        mailLocale: "kk",
      },
      observe: async () =>
        (await client.membership.findUniqueOrThrow({ where: { userId_organizationId: membership } })).emailOptOuts,
    };
  },
  updateOrganizationContactsAction: async (caller) => {
    const client = await db();
    const id = ownOrganization(caller);
    return {
      values: { contactPhone: "+7 701 555 12 34", description: `Перевозки ${unique()}` },
      observe: async () => (await client.organization.findUniqueOrThrow({ where: { id } })).description,
    };
  },
  updateOrganizationLegalDetailsAction: async (caller) => {
    const client = await db();
    const id = ownOrganization(caller);
    const current = await client.organization.findUniqueOrThrow({ where: { id } });
    // The same name and number (a change would reset verification for later cells); a new licence number.
    return {
      values: {
        legalName: current.legalName,
        registryNumber: current.registryNumber,
        agencyLicense: `ЛИЦ-${unique()}`,
      },
      observe: async () => (await client.organization.findUniqueOrThrow({ where: { id } })).agencyLicense,
    };
  },
  inviteMemberAction: async (caller) => {
    const client = await db();
    const email = `colleague-${unique()}@example.test`;
    return {
      values: { email },
      observe: async () => client.invitation.count({ where: { email, organizationId: ownOrganization(caller) } }),
    };
  },
  revokeInvitationAction: async () => {
    const client = await db();
    const invitation = await client.invitation.create({
      data: {
        organizationId: world.organizationA.id,
        email: `colleague-${unique()}@example.test`,
        tokenHash: randomBytes(16).toString("hex"),
        invitedById: world.users.employerA,
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    return {
      values: { invitationId: invitation.id },
      observe: async () => client.invitation.findUnique({ where: { id: invitation.id } }),
    };
  },
  removeMemberAction: async () => {
    const membership = await memberOfA();
    const client = await db();
    return {
      values: { membershipId: membership.id },
      observe: async () => client.membership.count({ where: { id: membership.id } }),
    };
  },
  transferOwnershipAction: async () => {
    const membership = await memberOfA();
    const client = await db();
    return {
      values: { membershipId: membership.id },
      observe: async () => (await client.membership.findUniqueOrThrow({ where: { id: membership.id } })).role,
      restore: async () => {
        await client.membership.update({ where: { id: membership.id }, data: { role: "MEMBER" } });
        await client.membership.updateMany({
          where: { userId: world.users.employerA, organizationId: world.organizationA.id },
          data: { role: "OWNER" },
        });
      },
    };
  },
  "decideVacancyAction:approve": async () => {
    const vacancy = await pendingVacancyOfA();
    const client = await db();
    return {
      values: { decision: "approve", vacancyId: vacancy.id, version: vacancy.updatedAt.toISOString() },
      observe: async () => (await client.vacancy.findUniqueOrThrow({ where: { id: vacancy.id } })).status,
    };
  },
  "decideVacancyAction:reject": async () => {
    const vacancy = await pendingVacancyOfA();
    const client = await db();
    return {
      values: {
        decision: "reject",
        vacancyId: vacancy.id,
        version: vacancy.updatedAt.toISOString(),
        code: "MISLEADING",
        message: "Зарплата не соответствует описанию работы.",
      },
      observe: async () => (await client.vacancy.findUniqueOrThrow({ where: { id: vacancy.id } })).status,
    };
  },
  bulkApproveAction: async () => {
    const vacancy = await pendingVacancyOfA();
    const client = await db();
    return {
      values: { item: [`${vacancy.id}|${vacancy.updatedAt.toISOString()}`] },
      observe: async () => (await client.vacancy.findUniqueOrThrow({ where: { id: vacancy.id } })).status,
    };
  },
  "organizationAction:verify": async () => {
    const organization = await organizationInKZ();
    const client = await db();
    return {
      values: { operation: "verify", organizationId: organization.id, note: "БИН сверен с реестром" },
      observe: async () =>
        (await client.organization.findUniqueOrThrow({ where: { id: organization.id } })).verificationState,
    };
  },
  "organizationAction:block": async () => {
    const organization = await organizationInKZ();
    const client = await db();
    return {
      values: {
        operation: "block",
        organizationId: organization.id,
        reason: "Берёт деньги с соискателей за работу.",
        confirm: "on",
      },
      observe: async () => (await client.organization.findUniqueOrThrow({ where: { id: organization.id } })).blockedAt,
    };
  },
  "organizationAction:unblock": async () => {
    const organization = await organizationInKZ({
      blockedAt: new Date(),
      blockReason: "Жалобы соискателей на оплату.",
    });
    const client = await db();
    return {
      values: { operation: "unblock", organizationId: organization.id },
      observe: async () => (await client.organization.findUniqueOrThrow({ where: { id: organization.id } })).blockedAt,
    };
  },
  "decideVacancyAction:close": async () => {
    const vacancy = await vacancyOfA();
    const client = await db();
    return {
      values: {
        decision: "close",
        vacancyId: vacancy.id,
        version: vacancy.updatedAt.toISOString(),
        code: "FEE_ASKED",
        message: "С работников берут плату за оформление.",
      },
      observe: async () => (await client.vacancy.findUniqueOrThrow({ where: { id: vacancy.id } })).status,
    };
  },
  takeReportCaseAction: async () => {
    const report = await reportOnA();
    const client = await db();
    return {
      values: { vacancyId: report.vacancyId },
      observe: async () => (await client.report.findUniqueOrThrow({ where: { id: report.id } })).assignedToId,
    };
  },
  closeReportCaseAction: async () => {
    const report = await reportOnA();
    const client = await db();
    return {
      values: { vacancyId: report.vacancyId, outcome: "DISMISSED", note: "Условия совпадают с договором." },
      observe: async () => (await client.report.findUniqueOrThrow({ where: { id: report.id } })).status,
    };
  },
  updateRiskRuleAction: async () => {
    const client = await db();
    const rule = await client.riskRule.findFirstOrThrow({ where: { structural: false }, orderBy: { id: "asc" } });
    return {
      values: {
        id: rule.id,
        weight: String(rule.weight === 100 ? 99 : rule.weight + 1),
        enabled: "on",
        pattern: rule.pattern ?? "",
      },
      observe: async () => (await client.riskRule.findUniqueOrThrow({ where: { id: rule.id } })).weight,
      restore: async () => {
        await client.riskRule.update({ where: { id: rule.id }, data: { weight: rule.weight } });
      },
    };
  },
  recordExchangeRateAction: async () => {
    const client = await db();
    // A day about ten months ago no one has entered (not the rate in force, which later journeys use).
    const taken = new Set(
      (await client.exchangeRate.findMany({ select: { effectiveDate: true } })).map((rate) =>
        rate.effectiveDate.toISOString().slice(0, 10),
      ),
    );
    let day = inDays(-300);
    for (let back = 301; taken.has(day); back += 1) day = inDays(-back);
    return {
      values: { rate: "5,92", effectiveDate: day, source: "Национальный банк КР", confirmLargeChange: "on" },
      observe: async () => client.exchangeRate.count({ where: { effectiveDate: new Date(day) } }),
    };
  },
  "staffMemberAction:invite": async () => {
    const client = await db();
    const email = `moderator-${unique()}@mintrud.example`;
    return {
      values: { operation: "invite", email, name: "Жанар Абенова", role: "MODERATOR", jurisdictions: ["KZ"] },
      observe: async () => client.user.count({ where: { email } }),
      restore: async () => {
        await client.user.deleteMany({ where: { email } });
      },
    };
  },
  "staffMemberAction:update": async () => {
    const { createStaffMember } = await import("../lib/moderation/create-staff-member");
    const member = await createStaffMember(null, {
      email: `moderator-${unique()}@mintrud.example`,
      name: "Жанар Абенова",
      role: "MODERATOR",
      jurisdictions: ["KZ"],
      password: randomBytes(18).toString("base64url"),
    });
    world.createdUsers.push(member.id);
    const client = await db();
    return {
      values: { operation: "update", userId: member.id, jurisdictions: ["KG", "KZ"] },
      observe: async () => (await client.user.findUniqueOrThrow({ where: { id: member.id } })).jurisdictions,
    };
  },
  tryRiskRulesAction: async () => ({
    values: { text: "Оплата за оформление 15 000 тенге.", ruleId: "urgency-ru", pattern: "оформлени" },
  }),
  trainRiskModelAction: async () => {
    const client = await db();
    // The seed trained moments ago, and an administrator may train once a minute: make the last one old
    await client.riskModelVersion.updateMany({ data: { createdAt: new Date(0) } });
    return { values: {}, observe: async () => client.riskModelVersion.count() };
  },
  activateRiskModelVersionAction: async () => {
    const client = await db();
    const active = await client.riskModelVersion.findFirst({ where: { active: true } });
    const latest = await client.riskModelVersion.findFirstOrThrow({ orderBy: { version: "desc" } });
    // A copy of the version in force (same weights and measures), so switching changes nothing else
    const source = active ?? latest;
    const copy = await client.riskModelVersion.create({
      data: {
        version: latest.version + 1,
        trainedOn: source.trainedOn as object,
        metrics: source.metrics as object,
        weights: source.weights as object,
        features: source.features as object,
      },
    });
    return {
      values: { id: copy.id, confirm: "on" },
      observe: async () => (await client.riskModelVersion.findUniqueOrThrow({ where: { id: copy.id } })).active,
      restore: async () => {
        await client.riskModelVersion.updateMany({ where: { active: true }, data: { active: false } });
        if (active) await client.riskModelVersion.update({ where: { id: active.id }, data: { active: true } });
      },
    };
  },
  changeStaffRoleAction: async () => {
    const member = await matrixStaffMember(null);
    const client = await db();
    return {
      values: { userId: member.id, role: "ADMINISTRATOR" },
      observe: async () => (await client.user.findUniqueOrThrow({ where: { id: member.id } })).role,
    };
  },
  resendStaffInvitationAction: async () => {
    const member = await matrixStaffMember({ userId: world.users.administrator, role: "ADMINISTRATOR" });
    const client = await db();
    return {
      values: { userId: member.id },
      observe: async () => client.mailMessage.count({ where: { to: member.email } }),
    };
  },
  revokeStaffInvitationAction: async () => {
    const member = await matrixStaffMember({ userId: world.users.administrator, role: "ADMINISTRATOR" });
    const client = await db();
    return {
      values: { userId: member.id, confirm: "on" },
      observe: async () => (await client.user.findUniqueOrThrow({ where: { id: member.id } })).disabledAt,
    };
  },
};

/** A new moderator: created by an administrator (an invitation nobody has used) or, with null, the command line. */
async function matrixStaffMember(createdBy: { userId: string; role: "ADMINISTRATOR" } | null) {
  const { createStaffMember } = await import("../lib/moderation/create-staff-member");
  const member = await createStaffMember(createdBy, {
    email: `moderator-${unique()}@mintrud.example`,
    name: "Жанар Абенова",
    role: "MODERATOR",
    jurisdictions: ["KZ"],
    password: randomBytes(18).toString("base64url"),
  });
  world.createdUsers.push(member.id);
  return member;
}

const refusalCodes = /"formError":"errors\.(unauthenticated|forbidden|not_found)"/;

/** Posts the form to the action as React does and says whether the server let the caller through. */
async function callAction(caller: Caller, action: BuiltAction, values: ActionCall["values"]) {
  const answer = await postServerAction(e2eServer.baseUrl, action, values, await cookieHeader(caller));
  const refused = refusalCodes.test(answer.text) || answer.redirectTo.includes("/sign-in");
  return { ...answer, refused, unexpected: answer.text.includes("errors.unexpected") };
}

test.describe("server actions", () => {
  for (const row of actionRows) {
    test(row.target.replace(/^action /, ""), async () => {
      const [name, operation] = row.target.replace(/^action /, "").split(":");
      const action = builtActions.find((entry) => entry.exportedName === name);
      expect(action, `${name} is not in the build`).toBeDefined();
      const prepare = actionCalls[operation ? `${name}:${operation}` : name!];
      expect(prepare, `no call written for ${row.target}`).toBeDefined();
      for (const caller of callers) {
        const call = await prepare!(caller);
        const before = JSON.stringify(await call.observe?.());
        const answer = await callAction(caller, action!, call.values);
        const after = JSON.stringify(await call.observe?.());
        const cell = `${caller} → ${row.target}`;
        expect(answer.status, `${cell}: HTTP status`).toBeLessThan(500);
        expect(answer.unexpected, `${cell}: an unexpected error\n${answer.text.slice(0, 400)}`).toBe(false);
        if (accessOf(row, caller) === "allowed") {
          expect(answer.refused, `${cell} was refused\n${answer.text.slice(0, 400)}`).toBe(false);
          if (call.observe) expect(after, `${cell} changed nothing\n${answer.text.slice(0, 400)}`).not.toBe(before);
        } else {
          if (call.observe) expect(after, `${cell} changed something`).toBe(before);
          // The KG moderator's bulk approval of a KZ item is skipped, not an error: the unchanged row says it.
          if (name !== "bulkApproveAction" || caller !== "moderatorKG")
            expect(answer.refused, `${cell} was not refused\n${answer.text.slice(0, 400)}`).toBe(true);
        }
        await call.restore?.();
      }
    });
  }
});
