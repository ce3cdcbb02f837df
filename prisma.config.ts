import { defineConfig } from "prisma/config";

// The Prisma CLI is used only for `generate` here; migrations are created and applied by
// scripts/make-migration.ts and lib/db/migrate.ts (see README: no native schema engine).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/claimdesk" },
});
