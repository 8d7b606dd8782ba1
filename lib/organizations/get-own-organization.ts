import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireEmployer } from "@/lib/access/require";
import { db } from "@/lib/server/db";

/** The employer's own organisation: what the vacancy form needs to start (country, contact phone, kind). */
export async function getOwnOrganization(actor: Actor | null) {
  const employer = requireEmployer(actor);
  return db.organization.findUniqueOrThrow({
    where: { id: employer.organizationId },
    select: { countryCode: true, contactPhone: true, kind: true },
  });
}
