// POST /api/queue/take-next — the "Take next" button for scripts and tools; same gate as the
// server action (session → claim:take → schema → use case).
import { runAction } from "@/lib/auth/authorized";
import { ActionError } from "@/lib/auth/errors";
import { takeNextClaimAction } from "@/lib/claims/claims.actions";

export const dynamic = "force-dynamic";

export async function POST(): Promise<Response> {
  const result = await runAction(takeNextClaimAction, {});
  if (!result.ok) {
    const status = new ActionError(result.code, result.error).status;
    return Response.json({ error: result.error, code: result.code }, { status });
  }
  if (!result.data)
    return Response.json({ claim: null, message: "The queue is empty." }, { status: 200 });
  return Response.json({ claim: result.data });
}
