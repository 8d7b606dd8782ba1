import { defineConfig } from "prisma/config";

// Prisma 7 does not read .env by itself, and env() throws when a variable is unset:
// generation must work without any database, so the URL is read leniently here.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
