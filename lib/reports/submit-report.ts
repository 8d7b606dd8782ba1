import "server-only";
import { randomInt } from "node:crypto";
import { parseInput } from "@/lib/forms/parse-input";
import type { ReportReason } from "@/lib/generated/prisma/enums";
import { recordSearchChange, announcePublicChange } from "@/lib/search/record-search-change";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { consumeRateLimit } from "@/lib/server/rate-limit";
import { hashToken } from "@/lib/server/tokens";
import { publicVacancyWhere } from "@/lib/vacancies/public-vacancy-where";
import rules from "@/prisma/data/risk-rules.json";
import { reportSchema } from "./schemas";

const receiptAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const newReceipt = () =>
  `R-${Array.from({ length: 7 }, () => receiptAlphabet[randomInt(receiptAlphabet.length)]).join("")}`;

/**
 * Anyone can report a public vacancy, without an account. The report becomes a case for the moderators
 * of the vacancy's country and the reporter gets a receipt number. Serious reports from enough distinct
 * people (fewer for an unverified employer; rules in risk-rules.json) take the vacancy off the portal
 * until a moderator has reviewed it.
 */
export async function submitReport(
  input: unknown,
  context: { ip: string },
): Promise<{ receipt: string; hidden: boolean }> {
  const { vacancyId, reason, message } = parseInput(reportSchema, input);
  const reporterHash = hashToken(`report:${context.ip}`);
  const [byIp, byIpAndVacancy] = await Promise.all([
    consumeRateLimit(`report:ip:${reporterHash}`, { limit: 10, windowSeconds: 3600 }),
    consumeRateLimit(`report:vacancy:${vacancyId}:${reporterHash}`, { limit: 2, windowSeconds: 86_400 }),
  ]);
  if (!byIp.allowed || !byIpAndVacancy.allowed) throw new AppError("rate_limited");

  const result = await db.$transaction(async (tx) => {
    const vacancy = await tx.vacancy.findFirst({
      where: { id: vacancyId, ...publicVacancyWhere() },
      include: { organization: { select: { verificationState: true } } },
    });
    if (!vacancy) throw new AppError("not_found");
    const report = await tx.report.create({
      data: { receipt: newReceipt(), vacancyId, countryCode: vacancy.countryCode, reason, message, reporterHash },
    });
    await writeAudit(tx, {
      actor: null,
      action: "report.received",
      entityType: "Vacancy",
      entityId: vacancyId,
      after: { receipt: report.receipt, reason },
    });
    let hidden = false;
    if ((rules.reports.seriousReasons as string[]).includes(reason)) {
      const distinct = await tx.report.groupBy({
        by: ["reporterHash"],
        where: {
          vacancyId,
          reason: { in: rules.reports.seriousReasons as ReportReason[] },
          status: { in: ["NEW", "IN_PROGRESS"] },
        },
      });
      const needed =
        vacancy.organization.verificationState === "VERIFIED"
          ? rules.reports.hideAfterDistinctReporters
          : rules.reports.hideAfterDistinctReportersUnverified;
      if (distinct.length >= needed) {
        await tx.vacancy.update({
          where: { id: vacancyId },
          data: { status: "PENDING_REVIEW", submittedAt: new Date() },
        });
        await writeAudit(tx, {
          actor: null,
          action: "vacancy.hidden_by_reports",
          entityType: "Vacancy",
          entityId: vacancyId,
          before: { status: "PUBLISHED" },
          after: { status: "PENDING_REVIEW", reporters: distinct.length },
        });
        await recordSearchChange(tx, [vacancyId]);
        hidden = true;
      }
    }
    return { receipt: report.receipt, hidden };
  });
  if (result.hidden) await announcePublicChange();
  return result;
}
