import "server-only";
import { db } from "@/lib/server/db";
import { requestJob } from "@/lib/server/jobs";
import { queues } from "@/lib/server/queues";

/**
 * After a publication: asks the worker to send the immediate alerts now, when anyone wants them (best
 * effort; the 5-minute sweep sends them anyway if the request is lost).
 */
export async function requestImmediateAlerts(): Promise<void> {
  const wanted = await db.alertSubscription.findFirst({
    where: { status: "ACTIVE", frequency: "IMMEDIATE" },
    select: { id: true },
  });
  if (wanted) await requestJob(queues.sendImmediateAlerts);
}
