import { defineConfig, devices } from "@playwright/test";
import { e2eServer } from "./e2e/support/server";

// Playwright cannot download its browsers here: it drives Debian's chromium (scripts/ensure-chromium.sh).
// The server is the production build (`npm run build` first), started through `npm start` against the
// database in E2E_DATABASE_URL (prepared by scripts/test-all.sh with migrations and demo data).
const { port } = e2eServer;
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL: e2eServer.baseUrl,
    trace: "retain-on-failure",
    launchOptions: chromium,
  },
  projects: [
    // Journeys named *-on-a-phone are about the small screen: the phone project runs them, the desktop one not.
    {
      name: "desktop",
      use: { ...devices["Desktop Chrome"], launchOptions: chromium },
      testIgnore: /-on-a-phone\.spec\.ts$/,
    },
    { name: "phone", use: { ...devices["Pixel 7"], launchOptions: chromium } },
  ],
  webServer: {
    command: `npm run start -- -p ${port}`,
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      // The journeys run with --conditions=react-server (their fixtures call use cases); Next must not.
      NODE_OPTIONS: "",
      DATABASE_URL: e2eServer.databaseUrl,
      DATABASE_POOL_MAX: process.env.E2E_DATABASE_POOL_MAX ?? "4",
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_SECRET: e2eServer.authSecret,
      APP_URL: `http://127.0.0.1:${port}`,
      DEV_OUTBOX: "1",
      WORKER_IN_PROCESS: "1",
      // Every journey calls from 127.0.0.1, as one client; the limit itself is tested in lib/api.
      API_REQUESTS_PER_MINUTE: "100000",
    },
  },
});
