/**
 * Every action code the portal writes to the audit log, grouped as the filter shows them. Each has a name in
 * `auditAction.<code>` in all four catalogs (action-catalog.test.ts fails when a code written in lib/ is
 * missing here or there).
 */
export const auditActionGroups = {
  vacancy: [
    "vacancy.draft_saved",
    "vacancy.submitted",
    "vacancy.revision_saved",
    "vacancy.revision_submitted",
    "vacancy.approved",
    "vacancy.changes_requested",
    "vacancy.rejected",
    "vacancy.revision_approved",
    "vacancy.revision_rejected",
    "vacancy.renewed",
    "vacancy.duplicated",
    "vacancy.closed",
    "vacancy.expired",
    "vacancy.hidden_by_reports",
    "vacancy.closed_by_moderator",
  ],
  organization: [
    "organization.registered",
    "organization.profile_updated",
    "organization.legal_details_changed",
    "organization.verified",
    "organization.blocked",
    "organization.unblocked",
    "organization.member_invited",
    "organization.invitation_revoked",
    "organization.member_joined",
    "organization.member_removed",
    "organization.ownership_transferred",
  ],
  account: [
    "user.registered",
    "user.email_verified",
    "user.password_changed",
    "user.password_reset",
    "auth.sign_in",
    "auth.sign_in_failed",
    "auth.sign_in_refused_rate_limit",
  ],
  report: ["report.received", "report.case_taken", "report.case_closed", "report.handled"],
  administration: [
    "staff.created",
    "staff.updated",
    "staff.role_changed",
    "staff.invitation_resent",
    "staff.invitation_revoked",
    "exchange_rate.recorded",
    "risk_rule.updated",
    "risk_model.trained",
    "risk_model.activated",
  ],
} as const;

export type AuditActionGroup = keyof typeof auditActionGroups;
export type AuditActionCode = (typeof auditActionGroups)[AuditActionGroup][number];

export const auditActionCodes: readonly string[] = Object.values(auditActionGroups).flat();
export const auditGroupNames = Object.keys(auditActionGroups) as AuditActionGroup[];

/** The filter's value for a whole group ("group:vacancy"), beside the single codes. */
export const groupValue = (group: AuditActionGroup) => `group:${group}`;

/** The codes an action filter value stands for (one code, or all of a group), or null when it is unknown. */
export function actionCodesOf(value: string): readonly string[] | null {
  if (value.startsWith("group:")) {
    const group = value.slice("group:".length);
    return Object.hasOwn(auditActionGroups, group) ? auditActionGroups[group as AuditActionGroup] : null;
  }
  return auditActionCodes.includes(value) ? [value] : null;
}

/** The message key of an action's name; codes are `entity.verb`, so the key nests under auditAction. */
export const actionMessageKey = (code: string) => `auditAction.${code}`;
