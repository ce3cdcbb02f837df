// POST /api/queue/take-next — the "Take next" button for scripts and tools; the same action as
// the button (session → the take move's permission → schema → use case).
import { actionRoute } from "@/lib/auth/action-route";
import { takeNextClaimAction } from "@/lib/claims/claims.actions";

export const dynamic = "force-dynamic";

export const POST = actionRoute(takeNextClaimAction, {
  read: () => ({}),
  respond: (claim) =>
    claim
      ? Response.json({ claim })
      : Response.json({ claim: null, message: "The queue is empty." }),
});
