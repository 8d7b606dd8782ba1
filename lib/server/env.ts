import "server-only";
import { z } from "zod";

// Validated once, at first use on the server: a missing or malformed variable fails loudly at start-up,
// not in the middle of a request.
const schema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z
      .string({ error: "DATABASE_URL is required (npm start sets it for the embedded database)" })
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL"),
    /** The embedded database is one session: the launcher sets this to 1 for it. */
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
    /** Signs session tokens (JWT). Required by the web server (checked at its start, see webEnv); the worker and scripts do without. */
    AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters (openssl rand -base64 32)").optional(),
    /** Public address of the portal, for links in e-mails (https://jobs.example.kg). */
    APP_URL: z.string().url().default("http://localhost:3000"),
    /** smtp://user:pass@host:587 or smtps://…; unset: mail stays in the outbox table. */
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, "SMTP_URL must start with smtp:// or smtps://")
      .optional(),
    MAIL_FROM: z.string().default("Jobs KG–KZ <no-reply@localhost>"),
    /** Shows /<locale>/dev/outbox (the mail outbox) in the browser. Never with real users' mail. */
    DEV_OUTBOX: z.enum(["0", "1"]).default("0"),
    /** Meilisearch: when set, search runs on it (PostgreSQL keeps its own index as the fallback). */
    MEILI_URL: z.string().url().optional(),
    MEILI_MASTER_KEY: z.string().min(16, "MEILI_MASTER_KEY must be at least 16 bytes").optional(),
    /** Run the background worker (job queue) inside this server process. */
    WORKER_IN_PROCESS: z.enum(["0", "1"]).default("0"),
    /** The proxies in front of the app: a hop count or CIDR list (lib/server/client-address.ts). Read by scripts/serve.ts. */
    TRUSTED_PROXIES: z.string().optional(),
    /** Requests per minute one client address may make to the public API (/api/v1). */
    API_REQUESTS_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(300),
  })
  .refine(
    // The outbox shows password-reset links: a public portal must never have it, whatever the variable says.
    (values) => values.DEV_OUTBOX !== "1" || values.NODE_ENV !== "production" || isLoopbackUrl(values.APP_URL),
    { path: ["DEV_OUTBOX"], message: "DEV_OUTBOX=1 is refused for a production server with a public APP_URL" },
  );

function isLoopbackUrl(url: string): boolean {
  const host = new URL(url).hostname;
  return host === "localhost" || host === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid environment:\n${problems}`);
  }
  cached = parsed.data;
  return cached;
}

/** The web server's environment: everything in env() plus what only the web server needs. */
export function webEnv(): Env & { AUTH_SECRET: string } {
  const values = env();
  if (!values.AUTH_SECRET)
    throw new Error("Invalid environment:\n  AUTH_SECRET: required by the web server (openssl rand -base64 32)");
  return values as Env & { AUTH_SECRET: string };
}
