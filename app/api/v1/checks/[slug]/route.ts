// GET /api/v1/checks/{slug} (lib/api/v1/operations.ts).
import { handlerOf } from "@/lib/api/v1/operations";

export const dynamic = "force-dynamic";

export const GET = handlerOf("getCheck");
