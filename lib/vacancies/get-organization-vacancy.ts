import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireEmployer } from "@/lib/access/require";
import { db } from "@/lib/server/db";
import { findOwnVacancy } from "./own-vacancy";

/** A vacancy of the actor's organisation for the edit form, with the open revision of a published one. */
export async function getOrganizationVacancy(actor: Actor | null, vacancyId: string) {
  const employer = requireEmployer(actor);
  const vacancy = await findOwnVacancy(db, employer, vacancyId);
  const revision = await db.vacancyRevision.findFirst({
    where: { vacancyId: vacancy.id, status: { in: ["DRAFT", "PENDING_REVIEW", "REJECTED"] } },
    orderBy: { updatedAt: "desc" },
  });
  return { vacancy, revision };
}
