// `npm run --silent cli -- export --format csv|json|claimreview|pdf [--from DATE] [--to DATE]
//   [--speaker NAME] [--status S] [--rating R] [--out FILE]` — DATABASE_URL, or the embedded server.
import { createWriteStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { parseInput } from "../../lib/auth/authorized";
import { ActionError } from "../../lib/auth/errors";
import { exportQuerySchema } from "../../lib/export/export.schema";
import { prepareExport } from "../../lib/export/export-report";
import { recordExport } from "../../lib/export/record-export";
import { withDatabase } from "../lib/with-database";

const USAGE = `usage: npm run --silent cli -- export --format csv|json|claimreview|pdf
       [--from YYYY-MM-DD] [--to YYYY-MM-DD]   date the claim was made (its article's date)
       [--speaker NAME] [--status STATUS] [--rating LABEL] [--out FILE]
Writes to stdout without --out (pdf needs --out). Uses DATABASE_URL, else the embedded database.`;

export async function run(argv: string[]): Promise<number> {
  // biome-ignore lint/suspicious/noImplicitAnyLet: typed by the parseArgs call below (its config is the type)
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        format: { type: "string" },
        from: { type: "string" },
        to: { type: "string" },
        speaker: { type: "string" },
        status: { type: "string" },
        rating: { type: "string" },
        out: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
    }));
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const { out, help: _help, ...rest } = values;
  try {
    const query = parseInput(exportQuerySchema, rest);
    if (query.format === "pdf" && !out)
      throw new ActionError("INVALID", "pdf needs --out FILE (it is binary).");
    const rowCount = await withDatabase(async () => {
      const prepared = await prepareExport(query);
      await pipeline(prepared.open(), out ? createWriteStream(out) : process.stdout);
      await recordExport(null, query, prepared.rowCount);
      return prepared.rowCount;
    });
    if (out)
      console.error(
        `wrote ${rowCount} ${query.format === "claimreview" ? "fact-checks" : "claims"} to ${out}`,
      );
    return 0;
  } catch (err) {
    if (err instanceof ActionError) {
      console.error(`${err.message}\n${USAGE}`);
      return 2;
    }
    throw err;
  }
}
