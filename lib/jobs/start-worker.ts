import "server-only";
import type PgBoss from "pg-boss";
import { deliverMail, findUndeliveredMail } from "@/lib/mail/deliver-mail";
import { createJobQueue } from "@/lib/server/jobs";
import { logger } from "@/lib/server/logger";
import { pruneRateLimits } from "@/lib/server/rate-limit";
import { pruneSignInSessions } from "@/lib/access/sign-in-sessions";
import { prunePageExpiries } from "@/lib/pages/public-pages";
import { meilisearchEngine } from "@/lib/search/engine";
import { syncSearchOutbox } from "@/lib/search/sync-search-outbox";
import { expireVacancies } from "@/lib/vacancies/expire-vacancies";
import { notifyExpiringVacancies } from "@/lib/vacancies/notify-expiring-vacancies";
import { queues } from "@/lib/server/queues";
import { pruneResponses } from "@/lib/responses/prune-responses";
import { pruneAlerts } from "@/lib/alerts/prune-alerts";
import { sendAlerts } from "@/lib/alerts/send-alerts";

/**
 * Starts the background worker: creates the queues, registers the schedules (pg-boss runs each cron
 * once across all instances) and takes jobs. Safe to start in several processes at once.
 */
export async function startWorker(): Promise<PgBoss> {
  const boss = createJobQueue();
  boss.on("error", (error) => logger.error("job queue error", { err: error }));
  await boss.start();
  await boss.createQueue(queues.deliverMail, {
    name: queues.deliverMail,
    retryLimit: 8,
    retryDelay: 30,
    retryBackoff: true,
  });
  await boss.createQueue(queues.syncSearch, {
    name: queues.syncSearch,
    retryLimit: 10,
    retryDelay: 5,
    retryBackoff: true,
  });
  for (const name of [
    queues.sweepMail,
    queues.sweepSearch,
    queues.expireVacancies,
    queues.notifyExpiring,
    queues.pruneRateLimits,
    queues.pruneResponses,
    queues.prunePageExpiries,
    queues.sendImmediateAlerts,
    queues.sendDailyAlerts,
    queues.pruneAlerts,
  ])
    await boss.createQueue(name, { name, retryLimit: 2 });
  // Meilisearch settings are applied on every start (idempotent), beside the rest: a Meilisearch that is
  // down or does not answer only delays them, never the mail and the schedules below.
  void meilisearchEngine()
    ?.applySettings()
    .catch((error) => logger.warn("meilisearch settings not applied yet", { err: error }));

  await boss.schedule(queues.sweepMail, "* * * * *");
  await boss.schedule(queues.sweepSearch, "* * * * *");
  await boss.schedule(queues.expireVacancies, "*/10 * * * *");
  await boss.schedule(queues.notifyExpiring, "7 * * * *");
  await boss.schedule(queues.pruneRateLimits, "17 * * * *");
  await boss.schedule(queues.pruneResponses, "43 3 * * *");
  await boss.schedule(queues.prunePageExpiries, "29 * * * *");
  await boss.schedule(queues.sendImmediateAlerts, "*/5 * * * *");
  await boss.schedule(queues.sendDailyAlerts, "0 1 * * *");
  await boss.schedule(queues.pruneAlerts, "51 3 * * *");

  await boss.work<{ messageId: string }>(queues.deliverMail, { pollingIntervalSeconds: 2 }, async (jobs) => {
    for (const job of jobs) await deliverMail(job.data.messageId);
  });
  await boss.work(queues.sweepMail, async () => {
    for (const messageId of await findUndeliveredMail())
      await boss.send(queues.deliverMail, { messageId }, { singletonKey: messageId });
  });
  const syncSearch = async () => {
    const result = await syncSearchOutbox(meilisearchEngine());
    if (result.applied) logger.info("search outbox applied", result);
  };
  await boss.work(queues.syncSearch, { pollingIntervalSeconds: 1 }, syncSearch);
  await boss.work(queues.sweepSearch, syncSearch);
  await boss.work(queues.expireVacancies, async () => {
    const count = await expireVacancies();
    if (count) logger.info("vacancies expired", { count });
  });
  await boss.work(queues.notifyExpiring, async () => {
    const mails = await notifyExpiringVacancies();
    if (mails) logger.info("expiry reminders queued", { mails });
  });
  await boss.work(queues.pruneRateLimits, async () => {
    await pruneRateLimits(new Date(Date.now() - 24 * 60 * 60 * 1000));
    await pruneSignInSessions();
  });
  await boss.work(queues.pruneResponses, async () => {
    const count = await pruneResponses();
    if (count) logger.info("responses deleted after their retention period", { count });
  });
  await boss.work(queues.prunePageExpiries, async () => {
    await prunePageExpiries();
  });
  await boss.work(queues.sendImmediateAlerts, async () => {
    const { mails } = await sendAlerts("IMMEDIATE");
    if (mails) logger.info("job alerts queued", { frequency: "IMMEDIATE", mails });
  });
  await boss.work(queues.sendDailyAlerts, async () => {
    const { mails } = await sendAlerts("DAILY");
    if (mails) logger.info("job alerts queued", { frequency: "DAILY", mails });
  });
  await boss.work(queues.pruneAlerts, async () => {
    const count = await pruneAlerts();
    if (count) logger.info("alert addresses deleted after their retention period", { count });
  });
  logger.info("worker started", { queues: Object.values(queues) });
  return boss;
}
