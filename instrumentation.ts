// A failed request may be the first sign of a database outage: check at once, so the next desk
// page answers 503 "database unavailable" instead of failing the same way (proxy.ts).
export async function onRequestError(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { recheckDatabase } = await import("./lib/db/database-availability");
  recheckDatabase();
}
