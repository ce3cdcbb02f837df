"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

/** Re-renders the queue when another editor changes a claim (server-sent events). */
export function QueueLiveRefresh() {
  const router = useRouter();
  const [live, setLive] = useState(false);
  const [signedOut, setSignedOut] = useState(false);
  useEffect(() => {
    const events = new EventSource("/api/queue/events");
    let timer: ReturnType<typeof setTimeout> | undefined;
    events.onopen = () => setLive(true);
    events.onerror = () => setLive(false);
    events.addEventListener("signed-out", () => {
      events.close();
      setLive(false);
      setSignedOut(true);
    });
    events.onmessage = () => {
      // A burst of changes (take next ×40) becomes one refresh.
      clearTimeout(timer);
      timer = setTimeout(() => router.refresh(), 200);
    };
    return () => {
      clearTimeout(timer);
      events.close();
    };
  }, [router]);
  return (
    <span className="muted" data-testid="queue-live" data-live={live}>
      {live ? "● Live" : signedOut ? "○ Signed out — reload to sign in again" : "○ Connecting…"}
    </span>
  );
}
