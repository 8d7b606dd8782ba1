import "server-only";
import PgBoss from "pg-boss";
import type { QueueName } from "./queues";
import { poolConfigFromUrl } from "./database-url";
import { env } from "./env";
import { logger } from "./logger";

// pg-boss keeps its jobs in PostgreSQL (schema "pgboss"): every app instance can send, every worker can
// take jobs (SKIP LOCKED), cron schedules run once across instances. See docs/decisions/0006.

export function createJobQueue(options: PgBoss.ConstructorOptions = {}): PgBoss {
  const { host, port, user, password, database, ssl } = poolConfigFromUrl(env().DATABASE_URL);
  return new PgBoss({
    host,
    port,
    user,
    password: typeof password === "string" ? password : undefined,
    database,
    ssl,
    max: 2,
    application_name: "portal-jobs",
    ...options,
  });
}

let sender: Promise<PgBoss> | undefined;

/** A send-only client for web requests: no maintenance, no schedules, no schema migration. */
function jobSender(): Promise<PgBoss> {
  sender ??= (async () => {
    const boss = createJobQueue({ supervise: false, schedule: false, migrate: false, max: 1 });
    boss.on("error", (error) => logger.warn("job queue client error", { err: error }));
    return boss.start();
  })().catch((error) => {
    sender = undefined;
    throw error;
  });
  return sender;
}

/**
 * Asks the worker to do something soon. Best effort by design: the durable record (an outbox row) is
 * already committed, and a periodic sweep re-queues anything whose job was lost.
 */
export async function requestJob(name: QueueName, data: object = {}): Promise<void> {
  try {
    await (await jobSender()).send(name, data);
  } catch (error) {
    logger.warn("could not queue job; the sweep will pick it up", { queue: name, err: error });
  }
}
