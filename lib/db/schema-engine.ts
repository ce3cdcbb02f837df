// Prisma's schema engine compiled to WebAssembly, used to turn schema.prisma changes into
// migration SQL. The Prisma CLI would download a native engine for `migrate`, which offline
// machines cannot; this runs the same engine in-process. Internal API: lib/db/__tests__ covers it.
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPg } from "@prisma/adapter-pg";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";

type Engine = Awaited<ReturnType<typeof bg.SchemaEngine.new>>;

export const SCHEMA_PATH = resolve(process.cwd(), "prisma/schema.prisma");
const FILTER = { externalTables: [], externalEnums: [] };

let wasmReady: Promise<void> | undefined;
function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasmPath = require
      .resolve("@prisma/schema-engine-wasm/schema_engine_bg")
      .replace(/\.js$/, ".wasm");
    const imports = { "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports };
    const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), imports);
    (bg as unknown as { __wbg_set_wasm(w: unknown): void }).__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
  })();
  return wasmReady;
}

async function withEngine<T>(databaseUrl: string, fn: (engine: Engine) => Promise<T>): Promise<T> {
  await loadWasm();
  const schema = readFileSync(SCHEMA_PATH, "utf8");
  const adapter = bindMigrationAwareSqlAdapterFactory(
    new PrismaPg({ connectionString: databaseUrl }),
  );
  const engine = await bg.SchemaEngine.new(
    { datamodels: [["schema.prisma", schema]] },
    () => {},
    adapter,
  );
  try {
    return await fn(engine);
  } finally {
    engine.free();
  }
}

/**
 * SQL that takes a database from one Prisma schema to another (null = empty database).
 * Pure schema-to-schema: no shadow database is involved.
 */
export async function diffSchemas(
  databaseUrl: string,
  from: string | null,
  to: string,
): Promise<string> {
  return withEngine(databaseUrl, async (engine) => {
    const result = await engine.diff({
      from:
        from === null
          ? { tag: "empty" }
          : { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: from }] },
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: to }] },
      script: true,
      exitCode: null,
      filters: FILTER,
    });
    return result.stdout ?? "";
  });
}
