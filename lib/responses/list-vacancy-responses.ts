import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireEmployer } from "@/lib/access/require";
import { ownResponses, ownVacancies } from "@/lib/access/scopes";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

/** The responses to one of the employer's vacancies, newest first (another organisation's: not found). */
export async function listVacancyResponses(actor: Actor | null, vacancyId: string) {
  const employer = requireEmployer(actor);
  const vacancy = await db.vacancy.findFirst({
    where: { id: vacancyId, ...ownVacancies(employer) },
    select: { id: true, title: true, language: true, status: true, responsesEnabled: true },
  });
  if (!vacancy) throw new AppError("not_found");
  const responses = await db.response.findMany({
    where: { vacancyId: vacancy.id, ...ownResponses(employer) },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      phone: true,
      message: true,
      answerLanguage: true,
      status: true,
      createdAt: true,
    },
  });
  return { vacancy, responses };
}
