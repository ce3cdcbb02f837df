// Runs only the embedded PostgreSQL (for tests against TEST_DATABASE_URL, or psql poking).
// Usage: tsx scripts/db-server.ts [--dir .data/dev-postgres] [--port 55432]
import { parseArgs } from "node:util";
import { resolve } from "node:path";
import { mkdirSync } from "node:fs";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";

const { values } = parseArgs({
  options: {
    dir: { type: "string", default: ".data/dev-postgres" },
    port: { type: "string", default: "55432" },
  },
});
const dataDir = resolve(values.dir!);
mkdirSync(dataDir, { recursive: true });
const server = await startEmbeddedPostgres({ dataDir, port: Number(values.port) });
console.log(`PostgreSQL ready: ${server.urlFor("postgres")}`);
const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
setInterval(() => {}, 1 << 30);
