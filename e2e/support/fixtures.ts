// Playwright fixtures: people for a journey, created through the same code the portal uses (factories shared
// with the demo data and the integration tests, the staff use case an operator's command calls), signed in
// without the UI (a session cookie made with the server's secret), and deleted after the test. One journey per
// flow still goes through the real registration and sign-in pages (employer-posts-a-vacancy, moderator-reviews).
import { randomBytes } from "node:crypto";
import { test as base, type BrowserContext, type Page } from "@playwright/test";
import { encode } from "next-auth/jwt";
import type { CountryCode, OrganizationKind } from "../../lib/generated/prisma/enums";
import { employerRole, moderatorRole, type StaffRole } from "../../lib/access/roles";
import type { Prisma } from "../../lib/generated/prisma/client";
import { createOrganization, createVacancy } from "../../prisma/seed/factories";
import { e2eServer } from "./server";

// The use cases read DATABASE_URL through lib/server/env: the journeys' database.
process.env.DATABASE_URL = e2eServer.databaseUrl;
process.env.DATABASE_POOL_MAX = "1";

const sessionCookie = "authjs.session-token";
const unique = () => `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;

type Person = { userId: string; email: string; name: string };
export type EmployerAccount = Person & { organizationId: string; legalName: string };
export type StaffAccount = Person & { role: StaffRole; countries: CountryCode[]; password: string };

/** The session cookie Auth.js itself would set after a password sign-in: a new server-side session each call. */
export async function sessionCookieFor(userId: string): Promise<{ name: string; value: string }> {
  const { db } = await import("../../lib/server/db");
  const { startSignInSession } = await import("../../lib/access/sign-in-sessions");
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, role: true, sessionVersion: true },
  });
  const sid = await startSignInSession(user);
  const value = await encode({
    token: { uid: userId, sv: user.sessionVersion, sid, sub: userId },
    secret: e2eServer.authSecret,
    salt: sessionCookie,
    maxAge: 60 * 60,
  });
  return { name: sessionCookie, value };
}

/** Signs the browser context in as the user. */
async function signIn(context: BrowserContext, userId: string) {
  const cookie = await sessionCookieFor(userId);
  await context.addCookies([{ ...cookie, url: e2eServer.baseUrl, httpOnly: true, sameSite: "Lax" }]);
}

class Accounts {
  private readonly userIds: string[] = [];
  private readonly organizationIds: string[] = [];
  private readonly contexts: BrowserContext[] = [];

  constructor(private readonly newContext: () => Promise<BrowserContext>) {}

  private async db() {
    return (await import("../../lib/server/db")).db;
  }

  /** An employer (owner of a new organisation), signed in on `page` or in a context of its own. */
  async employer(
    options: { country?: CountryCode; kind?: OrganizationKind; legalName?: string; page?: Page } = {},
  ): Promise<EmployerAccount & { page: Page }> {
    const db = await this.db();
    const id = unique();
    const organization = await createOrganization(db, {
      countryCode: options.country ?? "KZ",
      kind: options.kind ?? "COMPANY",
      legalName: options.legalName ?? `ТОО «Тест ${id}»`,
      contactPhone: "+7 701 555 12 34",
    });
    this.organizationIds.push(organization.id);
    const name = "Айгерим Сейткали";
    const user = await db.user.create({
      data: { email: `hr-${id}@example.test`, name, role: employerRole, emailVerified: new Date() },
    });
    this.userIds.push(user.id);
    await db.membership.create({ data: { userId: user.id, organizationId: organization.id, role: "OWNER" } });
    const page = options.page ?? (await this.page());
    await signIn(page.context(), user.id);
    return {
      userId: user.id,
      email: user.email,
      name,
      organizationId: organization.id,
      legalName: organization.legalName,
      page,
    };
  }

  /**
   * A moderator (or administrator) of the given countries, created as `npm run staff:create` does, and
   * signed in on a page of its own (or not at all with `signedIn: false`, to use the staff sign-in page).
   */
  async staff(
    options: { role?: StaffRole; countries?: CountryCode[]; page?: Page; signedIn?: boolean } = {},
  ): Promise<StaffAccount & { page: Page }> {
    const { createStaffMember } = await import("../../lib/moderation/create-staff-member");
    const role = options.role ?? moderatorRole;
    const countries = options.countries ?? ["KG"];
    const name = "Бакыт Асанов";
    const password = randomBytes(18).toString("base64url");
    const member = await createStaffMember(null, {
      email: `${role.toLowerCase()}-${unique()}@mintrud.example`,
      name,
      role,
      jurisdictions: countries,
      password,
    });
    this.userIds.push(member.id);
    const page = options.page ?? (await this.page());
    if (options.signedIn !== false) await signIn(page.context(), member.id);
    return { userId: member.id, email: member.email, name, role, countries, password, page };
  }

  /** A published vacancy of the employer's organisation, in the search index as an approval would put it. */
  async publishedVacancy(organizationId: string, overrides: Partial<Prisma.VacancyCreateManyInput> = {}) {
    const db = await this.db();
    const { refreshSearchEntries } = await import("../../lib/search/postgres-index");
    const vacancy = await createVacancy(db, { organizationId, ...overrides });
    await refreshSearchEntries(db, [vacancy.id]);
    return vacancy;
  }

  private async page(): Promise<Page> {
    const context = await this.newContext();
    this.contexts.push(context);
    return context.newPage();
  }

  /** Removes what the test made: its organisations with their vacancies, and its people. */
  async cleanUp() {
    await Promise.all(this.contexts.map((context) => context.close()));
    if (this.userIds.length === 0 && this.organizationIds.length === 0) return;
    const db = await this.db();
    // Out of the search index first, through the index's own path (facet counts, remembered answers):
    // deleting the rows alone left the counts one too high, and a later journey saw an empty last page.
    // Only published ones are in the index (and closing a draft would break the table's completeness check).
    const vacancies = await db.vacancy.findMany({
      where: { organizationId: { in: this.organizationIds }, status: "PUBLISHED" },
      select: { id: true },
    });
    const ids = vacancies.map((vacancy) => vacancy.id);
    await db.vacancy.updateMany({ where: { id: { in: ids } }, data: { status: "CLOSED" } });
    const { refreshSearchEntries } = await import("../../lib/search/postgres-index");
    await refreshSearchEntries(db, ids);
    await db.vacancy.deleteMany({ where: { organizationId: { in: this.organizationIds } } });
    await db.organization.deleteMany({ where: { id: { in: this.organizationIds } } });
    await db.user.deleteMany({ where: { id: { in: this.userIds } } });
  }
}

export const test = base.extend<{ accounts: Accounts }>({
  accounts: async ({ browser, contextOptions }, use) => {
    const accounts = new Accounts(() => browser.newContext(contextOptions));
    await use(accounts);
    await accounts.cleanUp();
  },
});
export { expect } from "@playwright/test";
