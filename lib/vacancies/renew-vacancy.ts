import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireEmployer } from "@/lib/access/require";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { invalidFields, parseInput } from "@/lib/forms/parse-input";
import { recordSearchChange, announcePublicChange } from "@/lib/search/record-search-change";
import { findOwnVacancy } from "./own-vacancy";
import { toLocalDate } from "./form-values";
import { endOfDay } from "./vacancy-data";
import { renewalDates } from "./renewal-dates";
import { renewSchema } from "./schemas";
import { canRenew } from "./status-rules";

/**
 * Extends a published or expired vacancy to a later valid-through date (at most 90 days ahead; never earlier
 * than it runs now). The text is unchanged and was approved, so an expired vacancy returns to the public list
 * without a new review. An edit waiting for review takes the new date too, so approving it later keeps it.
 */
export async function renewVacancy(actor: Actor | null, vacancyId: string, input: unknown): Promise<void> {
  const employer = requireEmployer(actor);
  const date = parseInput(renewSchema, input).validThrough;
  const validThrough = endOfDay(date);
  await db.$transaction(async (tx) => {
    const vacancy = await findOwnVacancy(tx, employer, vacancyId);
    if (!canRenew(vacancy.status)) throw new AppError("conflict", `cannot renew a ${vacancy.status} vacancy`);
    const now = new Date();
    const allowed = renewalDates(vacancy.validThrough ?? new Date(0), now);
    if (date <= toLocalDate(now)) throw invalidFields({ validThrough: ["validation.dateInPast"] });
    if (date < allowed.min)
      throw invalidFields({
        validThrough: [allowed.canExtend ? "validation.renewNotLater" : "validation.renewAtMaximum"],
      });
    if (date > allowed.max) throw invalidFields({ validThrough: ["validation.dateTooFar"] });
    const organization = await tx.organization.findUniqueOrThrow({ where: { id: employer.organizationId } });
    if (organization.blockedAt) throw new AppError("forbidden", "organization blocked");
    const renewed = await tx.vacancy.update({
      where: { id: vacancy.id, status: vacancy.status },
      data: { validThrough, status: "PUBLISHED", expiredAt: null },
    });
    // A pending edit carries the form's date from before this extension: it must not undo it when approved.
    const pending = await tx.vacancyRevision.findMany({
      where: { vacancyId: vacancy.id, status: { in: ["DRAFT", "PENDING_REVIEW"] } },
      select: { id: true, data: true },
    });
    for (const revision of pending)
      await tx.vacancyRevision.update({
        where: { id: revision.id },
        data: { data: { ...(revision.data as Record<string, unknown>), validThrough: date } },
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
