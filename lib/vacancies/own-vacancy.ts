import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EmployerActor } from "@/lib/access/actor";
import { ownVacancies } from "@/lib/access/scopes";
import { AppError } from "@/lib/server/errors";

/** The employer's own vacancy, found with the organisation in the query; anything else is "not found". */
export async function findOwnVacancy(tx: Prisma.TransactionClient, employer: EmployerActor, vacancyId: string) {
  const vacancy = await tx.vacancy.findFirst({ where: { id: vacancyId, ...ownVacancies(employer) } });
  if (!vacancy) throw new AppError("not_found");
  return vacancy;
}
