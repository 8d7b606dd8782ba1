import "server-only";
import { startWorker } from "./start-worker";

/** Starts the worker inside this Next.js server and stops it gracefully with the process. */
export async function runWorkerInProcess(): Promise<void> {
  const boss = await startWorker();
  const stop = () => void boss.stop({ graceful: true, wait: false });
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}
