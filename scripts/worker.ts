// npm run worker: the background worker on its own (job queue in PostgreSQL): mail delivery, vacancy
// expiry, clean-ups. Run one or more beside the web servers, or set WORKER_IN_PROCESS=1 on them instead.
// Started with the react-server condition so the use cases' `server-only` guard resolves as on the server.
import { startWorker } from "@/lib/jobs/start-worker";
import { logger } from "@/lib/server/logger";

const boss = await startWorker();
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, async () => {
    logger.info("worker stopping", { signal });
    await boss.stop({ graceful: true, wait: true, timeout: 20_000 });
    process.exit(0);
  });
}
