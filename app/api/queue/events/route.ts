// Server-sent events for the live queue (lib/claims/claim-event-stream.ts).
import { authorizedRoute } from "@/lib/auth/authorized";
import { claimEventStream } from "@/lib/claims/claim-event-stream";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(request: Request): Promise<Response> {
  return authorizedRoute(
    "desk:read",
    async (user) =>
      new Response(claimEventStream({ user, signal: request.signal }), {
        headers: {
          "Content-Type": "text/event-stream; charset=utf-8",
          "Cache-Control": "no-cache, no-transform",
          Connection: "keep-alive",
          "X-Accel-Buffering": "no",
        },
      }),
  );
}
