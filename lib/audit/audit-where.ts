import "server-only";
import type { AdministratorActor } from "@/lib/access/actor";
import { auditScope } from "@/lib/access/scopes";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditFilter } from "./schemas";

const dayStart = (day: string) => new Date(`${day}T00:00:00Z`);

/** The audit records an administrator asked for, within what they may read. */
export function auditWhere(administrator: AdministratorActor, filter: AuditFilter): Prisma.AuditLogWhereInput {
  return {
    ...auditScope(administrator),
    ...(filter.action ? { action: { startsWith: filter.action } } : {}),
    ...(filter.entityType ? { entityType: filter.entityType } : {}),
    ...(filter.entityId ? { entityId: filter.entityId } : {}),
    ...(filter.actorId ? { actorId: filter.actorId } : {}),
    ...(filter.from || filter.to
      ? {
          at: {
            ...(filter.from ? { gte: dayStart(filter.from) } : {}),
            ...(filter.to ? { lt: new Date(dayStart(filter.to).getTime() + 86_400_000) } : {}),
          },
        }
      : {}),
  };
}
