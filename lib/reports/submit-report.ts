import "server-only";
import { randomInt } from "node:crypto";
import { parseInput } from "@/lib/forms/parse-input";
import type { ReportReason } from "@/lib/generated/prisma/enums";
import { recordSearchChange, announcePublicChange } from "@/lib/search/record-search-change";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { consumeRateLimit, refuseWhenLimited } from "@/lib/server/rate-limit";
import { publicVacancyWhere } from "@/lib/vacancies/public-vacancy-where";
import rules from "@/prisma/data/risk-rules.json";
import { reporterIdentity } from "./reporter-identity";
import { reportSchema } from "./schemas";

const receiptAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const newReceipt = () =>
  `R-${Array.from({ length: 7 }, () => receiptAlphabet[randomInt(receiptAlphabet.length)]).join("")}`;

/** Per address, per network (IPv4 /24, IPv6 /48), and per vacancy for each. */
export const reportLimits = {
  address: { limit: 10, windowSeconds: 3600 },
  network: { limit: 30, windowSeconds: 3600 },
  addressAndVacancy: { limit: 2, windowSeconds: 86_400 },
  networkAndVacancy: { limit: 3, windowSeconds: 86_400 },
} as const;

/**
 * Anyone can report a public vacancy, without an account. The report becomes a case for the moderators
 * of the vacancy's country and the reporter gets a receipt number. A serious report puts the vacancy at
 * the top of the review queue; it stays public, unless the employer is unverified and several independent
 * people (distinct addresses from distinct networks, rules in risk-rules.json) reported it — then it waits
 * for a moderator off the portal. Reports a moderator's decision has answered no longer count.
 * `context.ip` is the trusted client address (scripts/serve.ts), never a header the caller wrote.
 */
export async function submitReport(
  input: unknown,
  context: { ip: string },
): Promise<{ receipt: string; hidden: boolean }> {
  const { vacancyId, reason, message } = parseInput(reportSchema, input);
  const { reporterHash, networkHash } = reporterIdentity(context.ip);
  const limits = await Promise.all([
    consumeRateLimit(`report:ip:${reporterHash}`, reportLimits.address),
    consumeRateLimit(`report:net:${networkHash}`, reportLimits.network),
    consumeRateLimit(`report:vacancy:${vacancyId}:${reporterHash}`, reportLimits.addressAndVacancy),
    consumeRateLimit(`report:vacancy-net:${vacancyId}:${networkHash}`, reportLimits.networkAndVacancy),
  ]);
  refuseWhenLimited(limits, "too many reports");

  const serious = (rules.reports.seriousReasons as string[]).includes(reason);
  const now = new Date();
  const result = await db.$transaction(async (tx) => {
    const vacancy = await tx.vacancy.findFirst({
      where: { id: vacancyId, ...publicVacancyWhere() },
      include: { organization: { select: { verificationState: true } } },
    });
    if (!vacancy) throw new AppError("not_found");
    const report = await tx.report.create({
      data: {
        receipt: newReceipt(),
        vacancyId,
        countryCode: vacancy.countryCode,
        reason,
        message,
        reporterHash,
        networkHash,
      },
    });
    await writeAudit(tx, {
      actor: null,
      action: "report.received",
      entityType: "Vacancy",
      entityId: vacancyId,
      after: { receipt: report.receipt, reason },
      ip: context.ip,
    });
    if (!serious) return { receipt: report.receipt, hidden: false };
    // To the top of the review queue, whoever the employer is.
    if (!vacancy.reportedAt) await tx.vacancy.update({ where: { id: vacancyId }, data: { reportedAt: now } });
    if (vacancy.organization.verificationState === "VERIFIED") return { receipt: report.receipt, hidden: false };

    const open = await tx.report.findMany({
      where: {
        vacancyId,
        reason: { in: rules.reports.seriousReasons as ReportReason[] },
        answeredAt: null,
        status: { in: ["NEW", "IN_PROGRESS"] },
      },
      select: { reporterHash: true, networkHash: true },
    });
    const reporters = new Set(open.map((r) => r.reporterHash)).size;
    const networks = new Set(open.map((r) => r.networkHash ?? r.reporterHash)).size;
    if (
      reporters < rules.reports.hideUnverifiedAfterDistinctReporters ||
      networks < rules.reports.hideUnverifiedAfterDistinctNetworks
    )
      return { receipt: report.receipt, hidden: false };
    await tx.vacancy.update({ where: { id: vacancyId }, data: { status: "PENDING_REVIEW", submittedAt: now } });
    await writeAudit(tx, {
      actor: null,
      action: "vacancy.hidden_by_reports",
      entityType: "Vacancy",
      entityId: vacancyId,
      before: { status: "PUBLISHED" },
      after: { status: "PENDING_REVIEW", reporters, networks },
    });
    await recordSearchChange(tx, [vacancyId]);
    return { receipt: report.receipt, hidden: true };
  });
  if (result.hidden) await announcePublicChange();
  return result;
}
