// Runs `prisma generate` offline. The 7.x CLI checks for the native schema engine at start-up
// (which cannot be downloaded here) although generation itself never uses it: any existing file
// satisfies the check. See docs/decisions/0002-migrations-without-native-engine.md.
import { spawnSync } from "node:child_process";

const result = spawnSync("npx", ["prisma", "generate"], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
process.exit(result.status ?? 1);
