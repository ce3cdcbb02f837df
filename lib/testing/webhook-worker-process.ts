// A webhook worker in its own process, for the kill-and-restart test: prints "ready" once it
// runs, and is stopped with SIGKILL (or SIGTERM, which stops it cleanly).
import { startWebhookWorker } from "../webhooks/webhook-worker";

const worker = await startWebhookWorker({
  connectionString: process.env.DATABASE_URL!,
  workerId: process.env.WEBHOOK_WORKER_ID!,
  pollInterval: 200,
});
process.stdout.write("ready\n");
process.once("SIGTERM", () => void worker.stop().then(() => process.exit(0)));
