// GET /api/docs — the API reference page (lib/api/docs-page.ts).
import { apiDocsPage } from "@/lib/api/docs-page";

export const dynamic = "force-dynamic";

export const GET = apiDocsPage;
