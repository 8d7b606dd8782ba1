import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { invalidFields, parseInput } from "@/lib/forms/parse-input";
import type { Actor } from "@/lib/access/actor";
import { requireEmployer } from "@/lib/access/require";
import { ownVacancies } from "@/lib/access/scopes";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { conflictOnStaleWrite } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import { assessVacancy } from "@/lib/moderation/risk/assess-vacancy";
import { pickFormFields, referenceErrors, toVacancyColumns } from "./vacancy-data";
import { schemaFor, type VacancyIntent } from "./schemas";

export type SaveVacancyResult = { vacancyId: string; status: string; revision: "none" | "draft" | "pending" };

/**
 * Creates or edits a vacancy of the actor's organisation, as a draft or submitted for review.
 * - draft, pending, rejected, closed or expired: the vacancy itself changes (submitting sends it to review);
 * - published: a revision is saved instead and the published text stays public until it is approved.
 * `version` (the updatedAt the form was loaded with) refuses a save over someone else's newer change.
 */
export async function saveVacancy(
  actor: Actor | null,
  request: { vacancyId?: string; version?: string; intent: VacancyIntent; input: unknown },
): Promise<SaveVacancyResult> {
  const employer = requireEmployer(actor);
  const parsed = parseInput(schemaFor(request.intent), pickFormFields(request.input));
  // A draft may leave the country out: it is then the organisation's own (the column is required).
  const values = {
    ...parsed,
    countryCode: parsed.countryCode ?? (await organizationCountry(employer.organizationId)),
  };
  const references = await referenceErrors(values);
  if (Object.keys(references).length) throw invalidFields(references);
  const columns = toVacancyColumns(values);
  const submit = request.intent === "submit";
  const now = new Date();

  return conflictOnStaleWrite(() =>
    db.$transaction(async (tx) => {
      const organization = await tx.organization.findUniqueOrThrow({ where: { id: employer.organizationId } });
      if (organization.blockedAt) throw new AppError("forbidden", "organization blocked");

      // Submitted text is scored for red flags; the moderator sees the score and its reasons.
      const risk = submit ? await assessVacancy(tx, { ...columns, organizationId: employer.organizationId }) : null;
      const riskColumns = risk
        ? {
            riskScore: risk.score,
            riskLevel: risk.level,
            riskReasons: risk.reasons as unknown as Prisma.InputJsonValue,
          }
        : {};

      if (!request.vacancyId) {
        const created = await tx.vacancy.create({
          data: {
            ...columns,
            ...riskColumns,
            organizationId: employer.organizationId,
            createdById: employer.userId,
            status: submit ? "PENDING_REVIEW" : "DRAFT",
            submittedAt: submit ? now : null,
          },
        });
        await writeAudit(tx, {
          actor: employer,
          action: submit ? "vacancy.submitted" : "vacancy.draft_saved",
          entityType: "Vacancy",
          entityId: created.id,
          after: created,
        });
        return { vacancyId: created.id, status: created.status, revision: "none" };
      }

      // The organisation is part of the lookup: another employer's vacancy is simply "not found".
      const current = await tx.vacancy.findFirst({
        where: { id: request.vacancyId, ...ownVacancies(employer) },
      });
      if (!current) throw new AppError("not_found");
      if (request.version && current.updatedAt.toISOString() !== request.version)
        throw new AppError("conflict", "vacancy changed meanwhile");

      if (current.status === "PUBLISHED")
        return saveRevision(tx, employer, current.id, values, submit, now, riskColumns);

      const updated = await tx.vacancy.update({
        // updatedAt in the filter: a concurrent save between our read and this write makes it fail (P2025).
        where: { id: current.id, updatedAt: current.updatedAt },
        data: {
          ...columns,
          ...riskColumns,
          status: submit ? "PENDING_REVIEW" : "DRAFT",
          submittedAt: submit ? now : null,
          // A draft returned with a request keeps it when resubmitted: the queue shows "revised after request"
          // with it (approval clears it). A rejection's reason stays with a rejected vacancy the same way.
          rejectionReason: current.rejectionReason,
        },
      });
      await writeAudit(tx, {
        actor: employer,
        action: submit ? "vacancy.submitted" : "vacancy.draft_saved",
        entityType: "Vacancy",
        entityId: current.id,
        before: current,
        after: updated,
      });
      return { vacancyId: updated.id, status: updated.status, revision: "none" };
    }),
  );
}

async function saveRevision(
  tx: Prisma.TransactionClient,
  employer: Actor,
  vacancyId: string,
  values: unknown,
  submit: boolean,
  now: Date,
  riskColumns: Partial<Prisma.VacancyRevisionUncheckedCreateInput>,
): Promise<SaveVacancyResult> {
  const data = JSON.parse(JSON.stringify(values)) as Prisma.InputJsonValue;
  const open = await tx.vacancyRevision.findFirst({
    where: { vacancyId, status: { in: ["DRAFT", "PENDING_REVIEW"] } },
  });
  const status = submit ? "PENDING_REVIEW" : "DRAFT";
  const revision = open
    ? await tx.vacancyRevision.update({
        where: { id: open.id },
        data: { data, status, submittedAt: submit ? now : null, ...riskColumns },
      })
    : await tx.vacancyRevision.create({
        data: {
          vacancyId,
          data,
          status,
          createdById: employer.userId,
          submittedAt: submit ? now : null,
          ...riskColumns,
        },
      });
  await writeAudit(tx, {
    actor: employer,
    action: submit ? "vacancy.revision_submitted" : "vacancy.revision_saved",
    entityType: "Vacancy",
    entityId: vacancyId,
    before: open?.data,
    after: { revisionId: revision.id, data },
  });
  return { vacancyId, status: "PUBLISHED", revision: submit ? "pending" : "draft" };
}

async function organizationCountry(organizationId: string) {
  const organization = await db.organization.findUnique({
    where: { id: organizationId },
    select: { countryCode: true },
  });
  if (!organization) throw new AppError("not_found", "organization");
  return organization.countryCode;
}
