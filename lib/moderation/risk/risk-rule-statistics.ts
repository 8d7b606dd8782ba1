import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireAdministrator } from "@/lib/access/require";
import { db } from "@/lib/server/db";

export type RuleStatistics = { fired: number; rejected: number };

/**
 * How often each rule fired and how often moderators then rejected, from the reasons stored with every
 * assessed submission: a vacancy's own text and each proposed change (revision) count once each.
 * "Rejected" is the submission's decision as it stands (status REJECTED). One query for all rules.
 */
export async function riskRuleStatistics(actor: Actor | null): Promise<Map<string, RuleStatistics>> {
  requireAdministrator(actor);
  const rows = await db.$queryRaw<{ ruleId: string; fired: number; rejected: number }[]>`
    SELECT reason->>'ruleId' AS "ruleId",
           count(*)::int AS fired,
           count(*) FILTER (WHERE submission.rejected)::int AS rejected
    FROM (
      SELECT "riskReasons" AS reasons, status = 'REJECTED' AS rejected FROM "Vacancy"
      WHERE jsonb_typeof("riskReasons") = 'array'
      UNION ALL
      SELECT "riskReasons", status = 'REJECTED' FROM "VacancyRevision"
      WHERE jsonb_typeof("riskReasons") = 'array'
    ) AS submission
    CROSS JOIN LATERAL jsonb_array_elements(submission.reasons) AS reason
    WHERE reason->>'ruleId' IS NOT NULL
    GROUP BY 1`;
  return new Map(rows.map((row) => [row.ruleId, { fired: row.fired, rejected: row.rejected }]));
}
