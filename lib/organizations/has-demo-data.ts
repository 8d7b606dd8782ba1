import "server-only";
import { db } from "@/lib/server/db";

/** True when the database holds demo employers: the site then says plainly that it is a demonstration. */
export async function hasDemoData(): Promise<boolean> {
  return (await db.organization.findFirst({ where: { isDemo: true }, select: { id: true } })) !== null;
}
