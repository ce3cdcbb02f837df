// Server-sent events for the live queue: every claim change the user may see, as JSON.
import { authorizedRoute } from "@/lib/auth/authorized";
import { canSeeStatus } from "@/lib/claims/claim-scope";
import { subscribeToClaimChanges } from "@/lib/claims/claim-change-feed";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const HEARTBEAT_MS = 15_000;

export async function GET(request: Request): Promise<Response> {
  return authorizedRoute("desk:read", async (user) => {
    const encoder = new TextEncoder();
    let cleanup = () => {};
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        const send = (text: string) => {
          try {
            controller.enqueue(encoder.encode(text));
          } catch {
            cleanup(); // the client went away between two events
          }
        };
        const { unsubscribe } = subscribeToClaimChanges((change) => {
          if (!canSeeStatus(user, change.status)) return;
          send(`data: ${JSON.stringify({ id: change.id, status: change.status, version: change.version, op: change.op })}\n\n`);
        });
        const heartbeat = setInterval(() => send(": ping\n\n"), HEARTBEAT_MS);
        cleanup = () => {
          clearInterval(heartbeat);
          unsubscribe();
        };
        request.signal.addEventListener("abort", () => {
          cleanup();
          try {
            controller.close();
          } catch {
            // already closed
          }
        });
        send("retry: 1000\n\n: connected\n\n");
      },
      cancel() {
        cleanup();
      },
    });
    return new Response(stream, {
      headers: {
        "Content-Type": "text/event-stream; charset=utf-8",
        "Cache-Control": "no-cache, no-transform",
        Connection: "keep-alive",
        "X-Accel-Buffering": "no",
      },
    });
  });
}
