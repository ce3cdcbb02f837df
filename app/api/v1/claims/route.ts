// GET /api/v1/claims, POST /api/v1/claims (lib/api/v1/operations.ts).
import { handlerOf } from "@/lib/api/v1/operations";

export const dynamic = "force-dynamic";

export const GET = handlerOf("listClaims");
export const POST = handlerOf("createClaim");
