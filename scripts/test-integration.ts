// npm run test:unit — unit and integration tests (node:test) against a real PostgreSQL.
import { spawn } from "node:child_process";
import { globSync } from "tinyglobby";
import { createTestDatabase } from "./lib/test-database";

const patterns = [
  "lib/**/__tests__/**/*.test.ts",
  "scripts/**/__tests__/**/*.test.ts",
  "tests/**/*.test.ts",
  "components/**/__tests__/**/*.test.ts",
];

async function main(): Promise<number> {
  const only = process.argv.slice(2);
  const files = only.length > 0 ? only : globSync(patterns).sort();
  if (files.length === 0) {
    console.error("no test files found");
    return 1;
  }
  const db = await createTestDatabase();
  try {
    const code = await new Promise<number>((resolveCode) => {
      const child = spawn(
        process.execPath,
        [
          "--conditions=react-server",
          "--import",
          "tsx",
          "--test",
          "--test-concurrency=1",
          "--test-reporter=spec",
          ...files,
        ],
        {
          stdio: "inherit",
          env: {
            ...process.env,
            DATABASE_URL: db.url,
            TEST_OWNER_DATABASE_URL: db.ownerUrl,
            TEST_ADMIN_DATABASE_URL: db.adminUrl,
          },
        },
      );
      child.on("exit", (c) => resolveCode(c ?? 1));
    });
    return code;
  } finally {
    await db.dispose();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  },
);
