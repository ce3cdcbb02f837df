// The live queue's server-sent events: every claim change the user may see, as JSON. The
// session is checked again every few seconds, so signing out, deactivation or a role change
// ends (or narrows) an open stream instead of leaving it running until the tab closes.
import { permits } from "../auth/authorized";
import { userForSession, type CurrentUser } from "../auth/user-for-session";
import { canSeeStatus } from "./claim-scope";
import { subscribeToClaimChanges } from "./claim-change-feed";

export interface ClaimEventStreamOptions {
  user: CurrentUser;
  /** Aborted when the client disconnects. */
  signal: AbortSignal;
  sessionCheckMs?: number;
  heartbeatMs?: number;
}

export function claimEventStream({
  user,
  signal,
  sessionCheckMs = 5_000,
  heartbeatMs = 15_000,
}: ClaimEventStreamOptions) {
  const encoder = new TextEncoder();
  let viewer = user;
  let cleanup = () => {};
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const close = () => {
        if (!open) return;
        open = false;
        cleanup();
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
      const send = (text: string) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close(); // the client went away between two events
        }
      };
      const { unsubscribe } = subscribeToClaimChanges((change) => {
        if (!canSeeStatus(viewer, change.status)) return;
        send(
          `data: ${JSON.stringify({ id: change.id, status: change.status, version: change.version, op: change.op })}\n\n`,
        );
      });
      const heartbeat = setInterval(() => send(": ping\n\n"), heartbeatMs);
      const sessionCheck = setInterval(async () => {
        const current = await userForSession(user.sid, { touch: false }).catch(() => viewer); // a database hiccup is not a sign-out
        if (current && permits(current, "desk:read")) {
          viewer = current;
          return;
        }
        // The browser does not reconnect after this: the next request answers 401.
        send("event: signed-out\ndata: {}\n\n");
        close();
      }, sessionCheckMs);
      cleanup = () => {
        clearInterval(heartbeat);
        clearInterval(sessionCheck);
        unsubscribe();
      };
      signal.addEventListener("abort", close);
      send("retry: 1000\n\n: connected\n\n");
    },
    cancel() {
      cleanup();
    },
  });
}
