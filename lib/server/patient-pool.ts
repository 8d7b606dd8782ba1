import pg from "pg";

// A connection pool that waits for PostgreSQL instead of failing while it restarts. A restart (a minor
// upgrade, a failover, a configuration change) refuses connections for a second or two; without this,
// every request in that window answered 500 (the fault drill: 7 of 1 097 requests). Only *getting* a
// connection is retried — no statement has run yet, so retrying is safe for reads, writes and
// transactions alike. A statement already running when the server went away still fails: it may have
// taken effect, and only its caller can tell whether to repeat it.

/** How long a request waits for the database to come back before its error is shown (PG_CONNECT_PATIENCE_MS). */
const patienceMs = Number(process.env.PG_CONNECT_PATIENCE_MS ?? 15_000);

/** Errors that mean "not accepting connections right now", not "wrong password" or "no such database". */
export function isDatabaseRestarting(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  if (code && ["ECONNREFUSED", "ECONNRESET", "ENOENT", "EPIPE", "57P03", "57P01", "08006", "08001"].includes(code))
    return true;
  return (
    typeof message === "string" &&
    /Connection terminated|the database system is (starting|shutting) (up|down)/i.test(message)
  );
}

type ConnectCallback = (error: Error | undefined, client?: pg.PoolClient, done?: (release?: unknown) => void) => void;

export class PatientPool extends pg.Pool {
  // pg-pool's own query() calls connect(callback): both forms go through the patient path.
  connect(): Promise<pg.PoolClient>;
  connect(callback: ConnectCallback): void;
  connect(callback?: ConnectCallback): Promise<pg.PoolClient> | void {
    const connected = this.connectPatiently();
    if (!callback) return connected;
    connected.then(
      (client) => callback(undefined, client, (release) => client.release(release as Error | boolean | undefined)),
      (error: Error) => callback(error),
    );
  }

  private async connectPatiently(): Promise<pg.PoolClient> {
    const deadline = Date.now() + patienceMs;
    for (let attempt = 0; ; attempt++) {
      try {
        return await super.connect();
      } catch (error) {
        if (!isDatabaseRestarting(error) || Date.now() >= deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.min(100 * 2 ** attempt, 1_000)));
      }
    }
  }
}
