import "server-only";
import type { Actor } from "@/lib/access/actor";
import { composeVacancyView } from "./compose-vacancy-view";
import { getOrganizationVacancy } from "./get-organization-vacancy";

/**
 * The employer's own vacancy as seekers would see it once approved: a draft, a vacancy waiting for review,
 * or the open edit of a published one (its revision laid over the published text). Only the organisation's
 * own vacancies (found with the organisation in the query). A vacancy that could not be submitted yet is
 * not previewed: the answer lists the fields still to fill in.
 */
export async function getVacancyPreview(actor: Actor | null, vacancyId: string) {
  const { vacancy, revision } = await getOrganizationVacancy(actor, vacancyId);
  const status = { vacancy: vacancy.status, revision: revision?.status ?? null };
  return { status, ...(await composeVacancyView(vacancy, revision)) };
}
