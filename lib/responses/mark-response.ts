import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireEmployer } from "@/lib/access/require";
import { ownResponses } from "@/lib/access/scopes";
import { parseInput } from "@/lib/forms/parse-input";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { markResponseSchema } from "./schemas";

/** The employer marks a response seen, invited or declined; the seeker's private link shows it. */
export async function markResponse(actor: Actor | null, input: unknown): Promise<void> {
  const employer = requireEmployer(actor);
  const { responseId, status } = parseInput(markResponseSchema, input);
  const { count } = await db.response.updateMany({
    // A withdrawn response stays withdrawn: the seeker took it back.
    where: { id: responseId, ...ownResponses(employer), status: { not: "WITHDRAWN" } },
    data: { status, statusChangedAt: new Date() },
  });
  if (count === 0) throw new AppError("not_found");
}
