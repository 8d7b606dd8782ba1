// Who may open every page and API route and call every server action: the one table. Pure data.
// e2e/authorization-matrix.spec.ts enumerates the routes and actions of the production build and fails when
// one is missing here, then calls each as six kinds of caller and checks the answer (and, for a refusal,
// that nothing changed). docs/authorization-matrix.md is generated from this table
// (`npm run docs:authorization`; a unit test keeps it current).
//
// The world the rows speak of: organisation A is in Kazakhstan, organisation B in Kyrgyzstan; "employer A"
// is the owner of A, "employer B" the owner of B. A row about a thing (a vacancy, a member, a report) means
// a thing of organisation A, so employer B stands for "another tenant" and the KG moderator for "another
// jurisdiction". The administrator acts for both countries.

export const callers = ["anonymous", "employerA", "employerB", "moderatorKG", "moderatorKZ", "administrator"] as const;
export type Caller = (typeof callers)[number];
export type Access = "allowed" | "refused";

export type MatrixRow = {
  /** A page or API route as in the app directory ("/[locale]/employer", "/api/health"), or "action <exportedName>[:<operation>]". */
  target: string;
  /** Who gets through. */
  allowed: readonly Caller[];
  /** Why, in a few words (shown in the generated document). */
  rule: string;
};

const everyone = callers;
const signedIn = ["employerA", "employerB", "moderatorKG", "moderatorKZ", "administrator"] as const;
const employers = ["employerA", "employerB"] as const;
const ownerOfA = ["employerA"] as const;
const staff = ["moderatorKG", "moderatorKZ", "administrator"] as const;
const staffForKZ = ["moderatorKZ", "administrator"] as const;
const administrator = ["administrator"] as const;

const publicPage = "public";
const openData = "public (read-only open data; published vacancies only; limited per client address)";
const own = "employers, own organisation only";
const tenant = "organisation A's members only";
const jurisdiction = "staff acting for the thing's country";
const admin = "administrators only";

export const authorizationMatrix: readonly MatrixRow[] = [
  // Public pages: the seeker's journeys and the way in for employers and staff.
  { target: "/[locale]", allowed: everyone, rule: publicPage },
  { target: "/[locale]/vacancies", allowed: everyone, rule: publicPage },
  { target: "/[locale]/vacancies/[id]", allowed: everyone, rule: "public (published vacancies only)" },
  { target: "/[locale]/vacancies/feed", allowed: everyone, rule: "public (the search's published vacancies)" },
  { target: "/[locale]/employers/[id]", allowed: everyone, rule: "public (organisations with published vacancies)" },
  { target: "/[locale]/for-employers", allowed: everyone, rule: publicPage },
  { target: "/[locale]/developers", allowed: everyone, rule: publicPage },
  { target: "/[locale]/saved", allowed: everyone, rule: "public (the list lives in the browser)" },
  { target: "/[locale]/responses/[token]", allowed: everyone, rule: "whoever holds the private link" },
  { target: "/[locale]/alerts/confirm", allowed: everyone, rule: "public (a button; the mailed token decides)" },
  { target: "/[locale]/alerts/manage", allowed: everyone, rule: "whoever holds a mailed link" },
  { target: "/[locale]/[...rest]", allowed: [], rule: "not found for everyone" },
  { target: "/[locale]/employer/sign-in", allowed: everyone, rule: publicPage },
  { target: "/[locale]/employer/register", allowed: everyone, rule: publicPage },
  { target: "/[locale]/employer/check-email", allowed: everyone, rule: publicPage },
  { target: "/[locale]/employer/verify-email", allowed: everyone, rule: "public (the mailed link decides)" },
  { target: "/[locale]/employer/forgot-password", allowed: everyone, rule: publicPage },
  { target: "/[locale]/employer/reset-password", allowed: everyone, rule: "public (the mailed link decides)" },
  { target: "/[locale]/employer/invitation", allowed: everyone, rule: "public (the mailed link decides)" },
  { target: "/[locale]/staff/sign-in", allowed: everyone, rule: publicPage },
  {
    target: "/[locale]/reports/status",
    allowed: everyone,
    rule: "public (a receipt number shows its stage only; lookups limited per address)",
  },
  {
    target: "/[locale]/dev/outbox",
    allowed: everyone,
    rule: "only with DEV_OUTBOX=1 and a loopback caller (refused otherwise: e2e/hardening.spec.ts)",
  },

  // The employer's area: their own organisation.
  { target: "/[locale]/employer", allowed: employers, rule: own },
  { target: "/[locale]/employer/account", allowed: employers, rule: "employers, their own account" },
  { target: "/[locale]/employer/notifications", allowed: employers, rule: own },
  { target: "/[locale]/employer/organization", allowed: employers, rule: own },
  { target: "/[locale]/employer/members", allowed: employers, rule: own },
  { target: "/[locale]/employer/vacancies/new", allowed: employers, rule: own },
  { target: "/[locale]/employer/vacancies/[id]/edit", allowed: ownerOfA, rule: tenant },
  { target: "/[locale]/employer/vacancies/[id]/preview", allowed: ownerOfA, rule: tenant },
  { target: "/[locale]/employer/vacancies/[id]/responses", allowed: ownerOfA, rule: tenant },

  // The back office.
  { target: "/[locale]/staff", allowed: staff, rule: "staff (the queue shows their countries only)" },
  { target: "/[locale]/staff/account", allowed: staff, rule: "staff, their own account" },
  { target: "/[locale]/staff/vacancies/[id]", allowed: staffForKZ, rule: jurisdiction },
  { target: "/[locale]/staff/employers", allowed: staff, rule: "staff (the registry shows their countries only)" },
  { target: "/[locale]/staff/employers/[id]", allowed: staffForKZ, rule: jurisdiction },
  { target: "/[locale]/staff/reports", allowed: staff, rule: "staff (cases of their countries only)" },
  { target: "/[locale]/staff/reports/[vacancyId]", allowed: staffForKZ, rule: jurisdiction },
  { target: "/[locale]/staff/rules", allowed: administrator, rule: admin },
  { target: "/[locale]/staff/risk-model", allowed: administrator, rule: admin },
  { target: "/[locale]/staff/rates", allowed: administrator, rule: admin },
  { target: "/[locale]/staff/team", allowed: administrator, rule: admin },
  { target: "/[locale]/staff/audit", allowed: administrator, rule: admin },
  { target: "/[locale]/staff/alerts", allowed: administrator, rule: `${admin} (counts only, no addresses)` },

  // API and files.
  { target: "/api/health", allowed: everyone, rule: publicPage },
  { target: "/api/search", allowed: everyone, rule: publicPage },
  { target: "/api/search/suggest", allowed: everyone, rule: publicPage },
  { target: "/api/occupations", allowed: everyone, rule: publicPage },
  { target: "/api/v1/vacancies", allowed: everyone, rule: openData },
  { target: "/api/v1/vacancies/[id]", allowed: everyone, rule: openData },
  { target: "/api/v1/employers/[id]", allowed: everyone, rule: openData },
  { target: "/api/v1/reference/countries", allowed: everyone, rule: openData },
  { target: "/api/v1/reference/regions", allowed: everyone, rule: openData },
  { target: "/api/v1/reference/cities", allowed: everyone, rule: openData },
  { target: "/api/v1/reference/occupations", allowed: everyone, rule: openData },
  { target: "/api/v1/reference/exchange-rate", allowed: everyone, rule: openData },
  { target: "/api/v1/openapi.json", allowed: everyone, rule: openData },
  { target: "/api/vacancies/[id]/views", allowed: everyone, rule: "public (counted once per visitor)" },
  { target: "/api/auth/[...nextauth]", allowed: everyone, rule: "Auth.js endpoints (session, CSRF token)" },
  { target: "/api/staff/audit", allowed: administrator, rule: admin },
  {
    target: "/api/alerts/unsubscribe",
    allowed: everyone,
    rule: "public (one-click unsubscribe, RFC 8058: the mailed token decides; GET changes nothing)",
  },
  { target: "/sitemap.xml", allowed: everyone, rule: publicPage },
  { target: "/sitemaps/[name]", allowed: everyone, rule: publicPage },
  { target: "/robots.txt", allowed: everyone, rule: publicPage },
  { target: "/manifest.webmanifest", allowed: everyone, rule: publicPage },
  { target: "/icon.svg", allowed: everyone, rule: publicPage },
  { target: "/favicon.ico", allowed: everyone, rule: publicPage },
  { target: "/apple-icon.png", allowed: everyone, rule: publicPage },

  // Server actions: accounts. Callable by anyone; what they do depends on what they are given.
  { target: "action registerAction", allowed: everyone, rule: publicPage },
  { target: "action verifyEmailAction", allowed: everyone, rule: "public (the mailed token decides)" },
  { target: "action signInAction", allowed: everyone, rule: publicPage },
  { target: "action staffSignInAction", allowed: everyone, rule: publicPage },
  { target: "action resendVerificationAction", allowed: everyone, rule: publicPage },
  { target: "action requestPasswordResetAction", allowed: everyone, rule: publicPage },
  { target: "action resetPasswordAction", allowed: everyone, rule: "public (the mailed token decides)" },
  { target: "action acceptInvitationAction", allowed: everyone, rule: "public (the mailed token decides)" },
  { target: "action signOutAction", allowed: everyone, rule: "anyone (ends their own session)" },
  { target: "action changePasswordAction", allowed: signedIn, rule: "signed-in users, their own password" },

  // Seekers, without an account.
  { target: "action submitResponseAction", allowed: everyone, rule: "public" },
  { target: "action withdrawResponseAction", allowed: everyone, rule: "whoever holds the private link" },
  { target: "action submitReportAction", allowed: everyone, rule: "public" },
  {
    target: "action subscribeAlertAction",
    allowed: everyone,
    rule: "public (double opt-in; limited per client and address)",
  },
  { target: "action confirmAlertAction", allowed: everyone, rule: "public (the mailed token decides)" },
  { target: "action manageAlertAction", allowed: everyone, rule: "whoever holds a mailed link" },

  // Employers.
  { target: "action saveVacancyAction:create", allowed: employers, rule: own },
  { target: "action saveVacancyAction:edit", allowed: ownerOfA, rule: tenant },
  { target: "action vacancyRowAction:close", allowed: ownerOfA, rule: tenant },
  { target: "action vacancyRowAction:renew", allowed: ownerOfA, rule: tenant },
  { target: "action vacancyRowAction:duplicate", allowed: ownerOfA, rule: tenant },
  { target: "action markResponseAction", allowed: ownerOfA, rule: tenant },
  { target: "action markAllNotificationsReadAction", allowed: employers, rule: "employers, their own notifications" },
  { target: "action updateNotificationPreferencesAction", allowed: employers, rule: "employers, their own settings" },
  { target: "action updateOrganizationContactsAction", allowed: employers, rule: own },
  { target: "action updateOrganizationLegalDetailsAction", allowed: employers, rule: "owners, own organisation" },
  { target: "action inviteMemberAction", allowed: employers, rule: "owners, own organisation" },
  { target: "action revokeInvitationAction", allowed: ownerOfA, rule: "organisation A's owner" },
  { target: "action removeMemberAction", allowed: ownerOfA, rule: "organisation A's owner" },
  { target: "action transferOwnershipAction", allowed: ownerOfA, rule: "organisation A's owner" },

  // Moderators and administrators.
  { target: "action decideVacancyAction:approve", allowed: staffForKZ, rule: jurisdiction },
  { target: "action decideVacancyAction:reject", allowed: staffForKZ, rule: jurisdiction },
  { target: "action decideVacancyAction:close", allowed: staffForKZ, rule: jurisdiction },
  { target: "action bulkApproveAction", allowed: staffForKZ, rule: `${jurisdiction} (others' items are skipped)` },
  { target: "action organizationAction:verify", allowed: staffForKZ, rule: jurisdiction },
  { target: "action organizationAction:block", allowed: staffForKZ, rule: jurisdiction },
  { target: "action organizationAction:unblock", allowed: staffForKZ, rule: jurisdiction },
  { target: "action takeReportCaseAction", allowed: staffForKZ, rule: jurisdiction },
  { target: "action closeReportCaseAction", allowed: staffForKZ, rule: jurisdiction },
  { target: "action updateRiskRuleAction", allowed: administrator, rule: admin },
  { target: "action recordExchangeRateAction", allowed: administrator, rule: admin },
  { target: "action staffMemberAction:invite", allowed: administrator, rule: admin },
  { target: "action staffMemberAction:update", allowed: administrator, rule: admin },
  { target: "action tryRiskRulesAction", allowed: administrator, rule: `${admin} (reads only)` },
  {
    target: "action trainRiskModelAction",
    allowed: administrator,
    rule: `${admin} (the new version is stored inactive)`,
  },
  { target: "action activateRiskModelVersionAction", allowed: administrator, rule: admin },
  { target: "action changeStaffRoleAction", allowed: administrator, rule: `${admin} (not their own role)` },
  { target: "action resendStaffInvitationAction", allowed: administrator, rule: admin },
  { target: "action revokeStaffInvitationAction", allowed: administrator, rule: admin },
];

export function accessOf(row: MatrixRow, caller: Caller): Access {
  return row.allowed.includes(caller) ? "allowed" : "refused";
}
