import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CountryCode } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/actor";
import { AppError } from "@/lib/server/errors";

export type StaffActor = Actor & { role: "MODERATOR" | "ADMINISTRATOR" };

/** The actor as ministry staff, or the error to refuse with. */
export function requireStaff(actor: Actor | null): StaffActor {
  if (!actor) throw new AppError("unauthenticated");
  if (actor.role !== "MODERATOR" && actor.role !== "ADMINISTRATOR") throw new AppError("forbidden");
  return actor as StaffActor;
}

/**
 * What a staff member may see and decide: vacancies of the countries they act for (the vacancy's country,
 * where the work is). Built into every moderation query, so another country's item is simply not found.
 */
export function inJurisdiction(staff: StaffActor): Prisma.VacancyWhereInput {
  return { countryCode: { in: staff.jurisdictions as CountryCode[] } };
}

/** The actor as an administrator (staff management, risk rules, audit log), or the error to refuse with. */
export function requireAdministrator(actor: Actor | null): StaffActor & { role: "ADMINISTRATOR" } {
  const staff = requireStaff(actor);
  if (staff.role !== "ADMINISTRATOR") throw new AppError("forbidden");
  return staff as StaffActor & { role: "ADMINISTRATOR" };
}

/** A claim older than this lapses: another moderator may take the item. */
export const claimLifetimeMs = 15 * 60 * 1000;
