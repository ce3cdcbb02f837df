import { authorizedRoute, parseInput } from "@/lib/auth/authorized";
import { exportQuerySchema } from "@/lib/export/export.schema";
import { prepareExport } from "@/lib/export/export-report";
import { recordExport } from "@/lib/export/record-export";
import { nodeToWebStream } from "@/lib/export/node-to-web-stream";

export const dynamic = "force-dynamic";

/** GET /api/export?format=csv|json|claimreview|pdf&from&to&speaker&status&rating — streams the file. */
export async function GET(request: Request) {
  return authorizedRoute("report:export", async (user) => {
    const query = parseInput(
      exportQuerySchema,
      Object.fromEntries(new URL(request.url).searchParams),
    );
    const prepared = await prepareExport(query);
    await recordExport(user.id, query, prepared.rowCount);
    return new Response(nodeToWebStream(prepared.open()), {
      headers: {
        "Content-Type": prepared.contentType,
        "Content-Disposition": `attachment; filename="${prepared.filename}"`,
        "X-Row-Count": String(prepared.rowCount),
        "Cache-Control": "no-store",
      },
    });
  });
}
