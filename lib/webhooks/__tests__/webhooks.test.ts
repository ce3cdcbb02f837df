// Webhooks end to end against a real PostgreSQL and a local receiver: the outbox commits with
// the change, graphile-worker delivers, Standard Webhooks signatures verify, 500s are retried,
// private targets are refused, redelivery keeps the webhook-id, and a killed worker's delivery
// goes out after a restart.
import { after, afterEach, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { Webhook } from "standardwebhooks";
import { disconnectDb, prisma, transaction } from "../../db";
import { runActionAs } from "../../auth/authorized";
import type { CurrentUser } from "../../auth/current-user";
import { moveClaim } from "../../claims/move-claim";
import { createTestUser } from "../../testing/users";
import { createClaimIn } from "../../testing/workflow";
import { pollUntil, startTestReceiver, type TestReceiver } from "../../testing/webhook-receiver";
import { startWebhookWorker, type WebhookWorker } from "../webhook-worker";
import {
  createWebhookEndpointAction,
  redeliverWebhookAction,
  saveWebhookSettingsAction,
} from "../webhooks.actions";

let admin: CurrentUser;
let worker: WebhookWorker | null = null;
const receivers: TestReceiver[] = [];

before(async () => {
  admin = await createTestUser("ADMIN");
  // Endpoints other test files registered would take deliveries (and the worker's time) here.
  await prisma.webhookEndpoint.deleteMany();
  await setAllowPrivate(true); // the receiver listens on 127.0.0.1
});

afterEach(async () => {
  await prisma.webhookEndpoint.deleteMany();
});

after(async () => {
  await worker?.stop();
  for (const r of receivers) await r.close();
  await setAllowPrivate(false);
  await disconnectDb();
});

async function setAllowPrivate(allowPrivateTargets: boolean) {
  const result = await runActionAs(saveWebhookSettingsAction, admin, { allowPrivateTargets });
  assert.ok(result.ok, JSON.stringify(result));
}

async function receiver(respond?: (index: number) => number | "hold") {
  const r = await startTestReceiver(respond);
  receivers.push(r);
  return r;
}

async function register(url: string, events = ["claim.queued"]) {
  const result = await runActionAs(createWebhookEndpointAction, admin, { url, events });
  assert.ok(result.ok, JSON.stringify(result));
  return result.data;
}

async function runWorker() {
  worker ??= await startWebhookWorker({
    connectionString: process.env.DATABASE_URL!,
    workerId: `test-in-process-${process.pid}`,
    pollInterval: 100,
  });
}

/** A claim an editor holds, released back to the queue: raises claim.queued. */
async function releaseClaim() {
  const { claimId, editor } = await createClaimIn("IN_RESEARCH");
  await transaction((tx) => moveClaim(tx, { user: editor, claimId, move: "release" }));
  return claimId;
}

function deliveriesOf(endpointId: string) {
  return prisma.webhookDelivery.findMany({
    where: { endpointId },
    include: { event: true },
    orderBy: { createdAt: "asc" },
  });
}

async function settled(endpointId: string, status: "SUCCEEDED" | "FAILED", count = 1) {
  return pollUntil(`${count} ${status} deliveries`, async () => {
    const rows = await deliveriesOf(endpointId);
    return rows.filter((d) => d.status === status).length >= count && rows;
  });
}

describe("webhooks", () => {
  test("a committed move is delivered once, signed per Standard Webhooks", async () => {
    const r = await receiver();
    const endpoint = await register(r.url);
    await runWorker();
    const claimId = await releaseClaim();
    const [delivery] = await settled(endpoint.id, "SUCCEEDED");
    assert.equal(delivery.attempts, 1);
    assert.equal(delivery.responseCode, 200);
    assert.equal(r.received.length, 1);
    const { headers, body } = r.received[0];
    assert.equal(headers["webhook-id"], delivery.eventId);
    const verified = new Webhook(endpoint.secret).verify(body, {
      "webhook-id": String(headers["webhook-id"]),
      "webhook-timestamp": String(headers["webhook-timestamp"]),
      "webhook-signature": String(headers["webhook-signature"]),
    }) as { type: string; data: { claim: { id: string; status: string } } };
    assert.equal(verified.type, "claim.queued");
    assert.equal(verified.data.claim.id, claimId);
    assert.equal(verified.data.claim.status, "QUEUED");
    // Another secret does not verify it: the signature is real.
    assert.throws(() =>
      new Webhook(`whsec_${Buffer.alloc(32, 1).toString("base64")}`).verify(body, {
        "webhook-id": String(headers["webhook-id"]),
        "webhook-timestamp": String(headers["webhook-timestamp"]),
        "webhook-signature": String(headers["webhook-signature"]),
      }),
    );
  });

  test("a receiver answering 500 gets the same webhook again (retry with backoff)", async () => {
    const r = await receiver((index) => (index === 0 ? 500 : 204));
    const endpoint = await register(r.url);
    await runWorker();
    await releaseClaim();
    const failed = await pollUntil("the failed first attempt in the log", async () => {
      const [d] = await deliveriesOf(endpoint.id);
      return d?.attempts === 1 && d;
    });
    assert.equal(failed.status, "RETRYING");
    assert.equal(failed.responseCode, 500);
    const [delivery] = await settled(endpoint.id, "SUCCEEDED");
    assert.equal(delivery.attempts, 2);
    assert.equal(delivery.responseCode, 204);
    assert.equal(r.received.length, 2);
    assert.equal(r.received[0].headers["webhook-id"], r.received[1].headers["webhook-id"]);
  });

  test("a rolled-back move writes no event and no delivery", async () => {
    const r = await receiver();
    const endpoint = await register(r.url);
    const { claimId, editor } = await createClaimIn("IN_RESEARCH");
    const eventsBefore = await prisma.webhookEvent.count();
    await assert.rejects(
      transaction(async (tx) => {
        await moveClaim(tx, { user: editor, claimId, move: "release" });
        // The event is written on this transaction: visible inside it …
        assert.equal(await tx.webhookEvent.count(), eventsBefore + 1);
        throw new Error("roll back");
      }),
      /roll back/,
    );
    // … and gone with it.
    assert.equal(await prisma.webhookEvent.count(), eventsBefore);
    assert.equal((await deliveriesOf(endpoint.id)).length, 0);
    const claim = await prisma.claim.findUniqueOrThrow({ where: { id: claimId } });
    assert.equal(claim.status, "IN_RESEARCH");
  });

  test("non-http and private-network targets are refused unless an admin allows them", async () => {
    const r = await receiver();
    await setAllowPrivate(false);
    try {
      for (const url of [
        "ftp://hooks.example.org/x",
        "http://127.0.0.1:9/x",
        "http://10.1.2.3/x",
        "http://192.168.0.10/x",
        "http://169.254.169.254/latest/meta-data",
        "http://[::1]/x",
        "http://[fd00::1]/x",
        "http://localhost/x", // a name: judged by the address it resolves to
      ]) {
        const result = await runActionAs(createWebhookEndpointAction, admin, {
          url,
          events: ["claim.queued"],
        });
        assert.equal(result.ok, false, url);
        if (!result.ok) assert.equal(result.code, "INVALID", url);
      }
      // Registered while allowed, then disallowed: the delivery is refused without a request.
      await setAllowPrivate(true);
      const endpoint = await register(r.url);
      await setAllowPrivate(false);
      await runWorker();
      await releaseClaim();
      const [delivery] = await pollUntil("the refused delivery", async () => {
        const rows = await deliveriesOf(endpoint.id);
        return rows[0]?.attempts === 1 && rows;
      });
      assert.match(delivery.lastError ?? "", /private-network/);
      assert.equal(delivery.status, "FAILED"); // refused, not retried
      assert.equal(delivery.responseCode, null);
      assert.equal(r.received.length, 0);
    } finally {
      await setAllowPrivate(true);
    }
  });

  test("redelivery sends the same webhook-id again and logs a new delivery", async () => {
    const r = await receiver();
    const endpoint = await register(r.url);
    await runWorker();
    await releaseClaim();
    const [first] = await settled(endpoint.id, "SUCCEEDED");
    const result = await runActionAs(redeliverWebhookAction, admin, { deliveryId: first.id });
    assert.ok(result.ok, JSON.stringify(result));
    const rows = await settled(endpoint.id, "SUCCEEDED", 2);
    assert.equal(rows.length, 2);
    assert.equal(rows[1].eventId, first.eventId);
    assert.equal(r.received.length, 2);
    assert.equal(r.received[1].headers["webhook-id"], r.received[0].headers["webhook-id"]);
    const audit = await prisma.auditLog.findFirst({
      where: { action: "webhook.redeliver", entityId: endpoint.id },
    });
    assert.ok(audit);
  });

  test("a worker killed mid-delivery delivers after restart; the receiver dedupes by webhook-id", async () => {
    // The in-process worker must not take this job.
    await worker?.stop();
    worker = null;
    const r = await receiver((index) => (index === 0 ? "hold" : 200));
    const endpoint = await register(r.url);
    const workerId = `test-killed-${process.pid}`;
    const first = await startWorkerProcess(workerId);
    await releaseClaim();
    await r.waitForRequests(1); // the request is in flight, its answer held back
    first.kill("SIGKILL");
    await once(first, "exit");
    const held = await deliveriesOf(endpoint.id);
    assert.equal(held[0].status, "PENDING"); // died before it could record anything

    const second = await startWorkerProcess(workerId);
    try {
      const [delivery] = await settled(endpoint.id, "SUCCEEDED");
      assert.equal(delivery.responseCode, 200);
    } finally {
      second.kill("SIGTERM");
      await once(second, "exit");
    }
    // At-least-once: the receiver saw the request twice, with one webhook-id, so it keeps one.
    const ids = r.received.map((w) => w.headers["webhook-id"]);
    assert.equal(ids.length, 2);
    assert.equal(new Set(ids).size, 1);
  });
});

async function startWorkerProcess(workerId: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "lib/testing/webhook-worker-process.ts"],
    {
      env: { ...process.env, WEBHOOK_WORKER_ID: workerId },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  let out = "";
  for await (const chunk of child.stdout!) {
    out += String(chunk);
    if (out.includes("ready")) break;
  }
  if (!out.includes("ready")) throw new Error("the worker process did not start");
  return child;
}
