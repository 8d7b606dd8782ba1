import { Prisma } from "@/lib/generated/prisma/client";
import { isDatabaseRestarting } from "./patient-pool";

// A read cut off by a database restart is asked again, once, on a new connection (which the patient pool
// waits for): reading twice changes nothing. Writes are never repeated here — one that was sent may have
// taken effect — and neither is raw SQL that writes (INSERT … RETURNING reads like a query).

const readOperations = new Set([
  "findUnique",
  "findUniqueOrThrow",
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "count",
  "aggregate",
  "groupBy",
  "$queryRaw",
  "$queryRawUnsafe",
]);

const writesSql = /\b(insert|update|delete|merge|call|lock|set|notify)\b/i;

function sqlOf(args: unknown): string {
  if (typeof args === "string") return args;
  if (args instanceof Prisma.Sql) return args.sql;
  if (Array.isArray(args)) return sqlOf(args[0]);
  const strings = (args as { strings?: unknown } | null)?.strings;
  if (Array.isArray(strings)) return strings.join(" ");
  return "";
}

/** Whether an error says the connection was cut (restart, failover), as opposed to a bad query. */
export function isConnectionCut(error: unknown): boolean {
  if (isDatabaseRestarting(error)) return true;
  const text = `${(error as { message?: string })?.message ?? ""} ${(error as { code?: string })?.code ?? ""}`;
  return /terminating connection|server closed the connection|connection (was )?(closed|terminated|ended)|P1017|P1001|57P01/i.test(
    text,
  );
}

export const retryReadsCutByRestart = Prisma.defineExtension({
  name: "retry-reads-cut-by-restart",
  query: {
    async $allOperations({ operation, args, query }) {
      try {
        return await query(args);
      } catch (error) {
        const read = readOperations.has(operation) && !(operation.startsWith("$") && writesSql.test(sqlOf(args)));
        if (!read || !isConnectionCut(error)) throw error;
        return query(args);
      }
    },
  },
});
