import "server-only";
import { z } from "zod";
import { fieldErrorsOf } from "@/lib/forms/field-errors";
import type { CountryCode } from "@/lib/generated/prisma/enums";
import { recordSearchChange, requestSearchSync } from "@/lib/search/record-search-change";
import type { Actor } from "@/lib/server/actor";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { requireStaff, type StaffActor } from "./staff";

const verifySchema = z.object({
  organizationId: z.string().min(1),
  note: z.string().trim().min(5, "validation.reasonTooShort").max(500, "validation.tooLong"),
});
const blockSchema = z.object({
  organizationId: z.string().min(1),
  reason: z.string().trim().min(10, "validation.reasonTooShort").max(1000, "validation.tooLong"),
});

function parse<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("invalid", "organization action", { fields: fieldErrorsOf(parsed.error) });
  return parsed.data;
}

/** The organisation if it is registered in one of the staff member's countries; else "not found". */
async function findInJurisdiction(staff: StaffActor, organizationId: string) {
  const organization = await db.organization.findFirst({
    where: { id: organizationId, countryCode: { in: staff.jurisdictions as CountryCode[] } },
  });
  if (!organization) throw new AppError("not_found");
  return organization;
}

/** Public vacancies of the organisation must follow its new state in the search index. */
async function reindexOrganization(tx: Parameters<Parameters<typeof db.$transaction>[0]>[0], organizationId: string) {
  const vacancies = await tx.vacancy.findMany({ where: { organizationId, status: "PUBLISHED" }, select: { id: true } });
  await recordSearchChange(
    tx,
    vacancies.map((v) => v.id),
  );
}

/** A moderator checked the registry number against the state register: records who, when and how. */
export async function verifyOrganization(actor: Actor | null, input: unknown): Promise<void> {
  const staff = requireStaff(actor);
  const { organizationId, note } = parse(verifySchema, input);
  const organization = await findInJurisdiction(staff, organizationId);
  await db.$transaction(async (tx) => {
    const after = await tx.organization.update({
      where: { id: organization.id },
      data: {
        verificationState: "VERIFIED",
        verifiedAt: new Date(),
        verifiedById: staff.userId,
        verificationNote: note,
      },
    });
    await writeAudit(tx, {
      actor: staff,
      action: "organization.verified",
      entityType: "Organization",
      entityId: organization.id,
      before: { verificationState: organization.verificationState },
      after: { verificationState: after.verificationState, note },
    });
    await reindexOrganization(tx, organization.id);
  });
  await requestSearchSync();
}

/** Blocks an employer: all its vacancies leave the public base at once (pages, search index), with the reason recorded. */
export async function blockOrganization(actor: Actor | null, input: unknown): Promise<void> {
  const staff = requireStaff(actor);
  const { organizationId, reason } = parse(blockSchema, input);
  const organization = await findInJurisdiction(staff, organizationId);
  if (organization.blockedAt) throw new AppError("conflict", "already blocked");
  await db.$transaction(async (tx) => {
    await tx.organization.update({
      where: { id: organization.id },
      data: { blockedAt: new Date(), blockReason: reason },
    });
    await writeAudit(tx, {
      actor: staff,
      action: "organization.blocked",
      entityType: "Organization",
      entityId: organization.id,
      after: { reason },
    });
    const vacancies = await tx.vacancy.findMany({ where: { organizationId: organization.id }, select: { id: true } });
    await recordSearchChange(
      tx,
      vacancies.map((v) => v.id),
    );
  });
  await requestSearchSync();
}

/** Lifts a block; the vacancies that were published come back. */
export async function unblockOrganization(actor: Actor | null, input: unknown): Promise<void> {
  const staff = requireStaff(actor);
  const { organizationId } = parse(z.object({ organizationId: z.string().min(1) }), input);
  const organization = await findInJurisdiction(staff, organizationId);
  if (!organization.blockedAt) throw new AppError("conflict", "not blocked");
  await db.$transaction(async (tx) => {
    await tx.organization.update({ where: { id: organization.id }, data: { blockedAt: null, blockReason: null } });
    await writeAudit(tx, {
      actor: staff,
      action: "organization.unblocked",
      entityType: "Organization",
      entityId: organization.id,
      before: { reason: organization.blockReason },
    });
    await reindexOrganization(tx, organization.id);
  });
  await requestSearchSync();
}
