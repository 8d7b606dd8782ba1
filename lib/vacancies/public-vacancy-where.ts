import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * What the public may see: published, not past its valid-through date, from an employer that is not
 * blocked. Every public read starts from this, so no page can show a draft or a blocked employer's job.
 */
export function publicVacancyWhere(now: Date = new Date()): Prisma.VacancyWhereInput {
  return {
    status: "PUBLISHED",
    validThrough: { gt: now },
    organization: { blockedAt: null },
  };
}
