import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireStaff } from "@/lib/access/require";
import { reportJurisdiction } from "@/lib/access/scopes";
import { db } from "@/lib/server/db";

/** Open report cases of the moderator's countries, newest first, with their vacancy. */
export async function listReports(actor: Actor | null) {
  const staff = requireStaff(actor);
  return db.report.findMany({
    where: { ...reportJurisdiction(staff), status: { in: ["NEW", "IN_PROGRESS"] } },
    orderBy: { createdAt: "desc" },
    take: 200,
    include: { vacancy: { select: { id: true, title: true, status: true } } },
  });
}
