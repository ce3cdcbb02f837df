import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { createRequire } from "node:module";
import { buildIsCurrent, markBuilt, sourceHash } from "./build-stamp";

const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");

export function runNext(args: string[], env: NodeJS.ProcessEnv, quiet = false): ChildProcess {
  return spawn(process.execPath, [nextBin, ...args], { env, stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit" });
}

/** Builds into distDir unless the build there was made from the same sources. */
export async function ensureBuild(env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<void> {
  const distDir = env.NEXT_DIST_DIR || ".next";
  if (buildIsCurrent(distDir)) return;
  const hash = sourceHash();
  log("Building the app (first start or sources changed; about a minute)…");
  const code = await new Promise<number>((resolve) => {
    runNext(["build"], { ...env, NEXT_TELEMETRY_DISABLED: "1" }).on("exit", (c) => resolve(c ?? 1));
  });
  if (code !== 0) throw new Error("next build failed (see the output above)");
  markBuilt(distDir, hash);
}

/** Resolves when nothing listens on the port; rejects with a clear message otherwise. */
export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", (err: NodeJS.ErrnoException) =>
      reject(new Error(err.code === "EADDRINUSE" ? `port ${port} is already in use — set PORT to a free port` : err.message)),
    );
    probe.listen(port, () => probe.close(() => resolve()));
  });
}
