// Runs `prisma generate` without letting the CLI download a native schema engine
// (this machine and many CI boxes have no route to the engine host; see README).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const prismaBin = fileURLToPath(new URL("../node_modules/prisma/build/index.js", import.meta.url));
if (!existsSync(prismaBin)) {
  console.error("prisma is not installed; run npm install first");
  process.exit(1);
}
const env = {
  ...process.env,
  // Any existing file stops the engine download; generate itself needs no engine.
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
const result = spawnSync(process.execPath, [prismaBin, "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
