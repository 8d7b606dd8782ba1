// The portal the journeys run against (started by playwright.config.ts), shared by the config and the fixtures.
const port = Number(process.env.E2E_PORT ?? 3100);

export const e2eServer = {
  port,
  baseUrl: `http://127.0.0.1:${port}`,
  databaseUrl: process.env.E2E_DATABASE_URL ?? process.env.DATABASE_URL ?? "",
  authSecret: "end-to-end-tests-secret-at-least-32-characters",
};
