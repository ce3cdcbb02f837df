// GET /api/v1/openapi.json — the OpenAPI 3.1 document, public (it describes, it reveals no data).
import { openApiDocument } from "@/lib/api/v1/openapi";

export const dynamic = "force-dynamic";

export function GET() {
  return Response.json(openApiDocument(), { headers: { "cache-control": "public, max-age=300" } });
}
