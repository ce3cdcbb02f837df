// POST /api/v1/claims/{id}/assign (lib/api/v1/operations.ts).
import { handlerOf } from "@/lib/api/v1/operations";

export const dynamic = "force-dynamic";

export const POST = handlerOf("assignClaim");
