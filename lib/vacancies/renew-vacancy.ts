import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireEmployer } from "@/lib/access/require";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { invalidFields, parseInput } from "@/lib/forms/parse-input";
import { recordSearchChange, announcePublicChange } from "@/lib/search/record-search-change";
import { findOwnVacancy } from "./own-vacancy";
import { endOfDay } from "./vacancy-data";
import { renewSchema } from "./schemas";
import { canRenew } from "./status-rules";
import { maxValidityDays } from "./schemas";

/**
 * Extends a published or expired vacancy to a new valid-through date (at most 90 days ahead). The text is
 * unchanged and was approved, so an expired vacancy returns to the public list without a new review.
 */
export async function renewVacancy(actor: Actor | null, vacancyId: string, input: unknown): Promise<void> {
  const employer = requireEmployer(actor);
  const validThrough = endOfDay(parseInput(renewSchema, input).validThrough);
  const now = new Date();
  if (validThrough <= now) throw invalidFields({ validThrough: ["validation.dateInPast"] });
  if (validThrough.getTime() > now.getTime() + (maxValidityDays + 1) * 86_400_000)
    throw invalidFields({ validThrough: ["validation.dateTooFar"] });
  await db.$transaction(async (tx) => {
    const vacancy = await findOwnVacancy(tx, employer, vacancyId);
    if (!canRenew(vacancy.status)) throw new AppError("conflict", `cannot renew a ${vacancy.status} vacancy`);
    const organization = await tx.organization.findUniqueOrThrow({ where: { id: employer.organizationId } });
    if (organization.blockedAt) throw new AppError("forbidden", "organization blocked");
    const renewed = await tx.vacancy.update({
      where: { id: vacancy.id, status: vacancy.status },
      data: { validThrough, status: "PUBLISHED", expiredAt: null },
    });
    await writeAudit(tx, {
      actor: employer,
      action: "vacancy.renewed",
      entityType: "Vacancy",
      entityId: vacancy.id,
      before: { status: vacancy.status, validThrough: vacancy.validThrough },
      after: { status: renewed.status, validThrough: renewed.validThrough },
    });
    await recordSearchChange(tx, [vacancy.id]);
  });
  await announcePublicChange();
}
