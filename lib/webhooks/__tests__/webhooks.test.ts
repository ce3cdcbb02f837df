// Webhooks end to end against a real PostgreSQL and a local receiver: the outbox commits with
// the change, graphile-worker delivers, Standard Webhooks signatures verify, 500s are retried
// (backoff configured to zero here: no waiting) until the attempts run out, private targets are
// refused, redelivery keeps the webhook-id, and a worker killed mid-delivery delivers after a
// restart with exactly one successful delivery recorded per webhook-id.
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
import { deliverWebhook } from "../deliver-webhook";
import { DELIVER_WEBHOOK_TASK, retryDelayMs, webhookRetryPolicy } from "../webhook-queue";
import {
  createWebhookEndpointAction,
  redeliverWebhookAction,
  saveWebhookSettingsAction,
} from "../webhooks.actions";

// Retries come due at once (run_at = now): the tests wait on the log, never on the clock.
const TEST_RETRY = { maxAttempts: 3, baseDelayMs: 0 };

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

async function receiver(respond?: Parameters<typeof startTestReceiver>[0]) {
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
    retry: TEST_RETRY,
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
    // The retry runs at once in tests (no backoff), so the RETRYING state between the two
    // attempts can be too short to observe: the second attempt after the 500 is the proof.
    const [delivery] = await settled(endpoint.id, "SUCCEEDED");
    assert.equal(delivery.attempts, 2);
    assert.equal(delivery.responseCode, 204);
    assert.equal(r.received.length, 2);
    assert.equal(r.received[0].headers["webhook-id"], r.received[1].headers["webhook-id"]);
  });

  test("a receiver that keeps failing gets the policy's attempts, then the delivery is failed", async () => {
    const r = await receiver(() => 503);
    const endpoint = await register(r.url);
    await runWorker();
    await releaseClaim();
    const [delivery] = await settled(endpoint.id, "FAILED");
    assert.equal(delivery.attempts, TEST_RETRY.maxAttempts);
    assert.equal(delivery.responseCode, 503);
    assert.match(delivery.lastError ?? "", /answered 503/);
    assert.equal(r.received.length, TEST_RETRY.maxAttempts);
    assert.equal(new Set(r.received.map((w) => w.headers["webhook-id"])).size, 1);
    assert.equal(await jobsFor([delivery.id]), 0, "no attempt is left in the queue");
  });

  test("the retry policy: e^attempt times the base, from WEBHOOK_MAX_ATTEMPTS / WEBHOOK_RETRY_BASE_MS", () => {
    const policy = webhookRetryPolicy({});
    assert.deepEqual(policy, { maxAttempts: 12, baseDelayMs: 1000 });
    assert.deepEqual(
      [1, 2, 3, 10, 11].map((n) => retryDelayMs(policy, n)),
      [2718, 7389, 20086, 22026466, 22026466],
    );
    assert.deepEqual(
      webhookRetryPolicy({ WEBHOOK_MAX_ATTEMPTS: "2", WEBHOOK_RETRY_BASE_MS: "0" }),
      { maxAttempts: 2, baseDelayMs: 0 },
    );
    assert.deepEqual(
      webhookRetryPolicy({ WEBHOOK_MAX_ATTEMPTS: "0", WEBHOOK_RETRY_BASE_MS: "soon" }),
      policy,
      "nonsense falls back to the defaults",
    );
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

  test("a worker killed mid-delivery delivers after restart: one successful delivery per webhook-id", async () => {
    // The in-process worker must not take these jobs.
    await worker?.stop();
    worker = null;
    // A receiver that processes each webhook-id once: the first request is processed, but its
    // answer is held back until the worker that sent it is dead; a repeat is acknowledged unprocessed.
    const processed = new Map<string, number>();
    const r = await receiver((index, request) => {
      const id = String(request.headers["webhook-id"]);
      if (processed.has(id)) return 200;
      processed.set(id, (processed.get(id) ?? 0) + 1);
      return index === 0 ? "hold" : 200;
    });
    const endpoint = await register(r.url);
    const workerId = `test-killed-${process.pid}`;
    const first = await startWorkerProcess(workerId);
    const claims = [await releaseClaim(), await releaseClaim(), await releaseClaim()];
    await r.waitForRequests(1); // the first request is in flight, its answer held back
    first.kill("SIGKILL");
    await once(first, "exit");
    const held = await deliveriesOf(endpoint.id);
    assert.equal(held.length, claims.length);
    assert.ok(
      held.every((d) => d.status === "PENDING" && d.attempts === 0),
      "the killed worker recorded nothing",
    );

    const second = await startWorkerProcess(workerId);
    let rows: Awaited<ReturnType<typeof deliveriesOf>>;
    try {
      rows = await settled(endpoint.id, "SUCCEEDED", claims.length);
    } finally {
      second.kill("SIGTERM");
      await once(second, "exit");
    }
    // The log: one delivery per event, each succeeded once, on its first recorded attempt, and
    // no job left that could send any of them again.
    assert.equal(rows.length, claims.length);
    assert.equal(new Set(rows.map((d) => d.eventId)).size, claims.length);
    for (const d of rows) {
      assert.equal(d.status, "SUCCEEDED");
      assert.equal(d.attempts, 1);
      assert.equal(d.responseCode, 200);
    }
    assert.equal(await jobsFor(rows.map((d) => d.id)), 0);
    // The receiver: the killed delivery's webhook-id came twice (at least once), every id was
    // processed exactly once (deduped by webhook-id).
    const ids = r.received.map((w) => String(w.headers["webhook-id"]));
    assert.equal(ids.length, claims.length + 1);
    assert.deepEqual(ids.filter((id) => id === ids[0]).length, 2);
    assert.deepEqual([...processed.keys()].sort(), rows.map((d) => d.eventId).sort());
    assert.ok([...processed.values()].every((n) => n === 1));
  });

  test("an attempt already recorded is not made again (its worker died before the job completed)", async () => {
    await worker?.stop(); // the attempts are made by hand here
    worker = null;
    const r = await receiver((index) => (index === 0 ? 500 : 200));
    const endpoint = await register(r.url);
    await releaseClaim();
    const [queued] = await deliveriesOf(endpoint.id);
    const attempt = (n: number) =>
      deliverWebhook({ deliveryId: queued.id, attempt: n, policy: TEST_RETRY });
    await attempt(1);
    const [failed] = await deliveriesOf(endpoint.id);
    assert.equal(failed.status, "RETRYING");
    assert.equal(failed.attempts, 1);
    await attempt(1); // the same job run again after a crash: nothing is sent
    assert.equal(r.received.length, 1);
    assert.equal(await jobsFor([queued.id]), 2, "the first attempt's job and the second's");
    await attempt(2);
    await attempt(2);
    await attempt(1);
    assert.equal(r.received.length, 2);
    const [delivered] = await deliveriesOf(endpoint.id);
    assert.equal(delivered.status, "SUCCEEDED");
    assert.equal(delivered.attempts, 2);
  });
});

/** Jobs still queued (waiting, due or locked) for these deliveries. */
async function jobsFor(deliveryIds: string[]): Promise<number> {
  // The public `jobs` view leaves the payload out; the worker itself reads the table.
  const [row] = await prisma.$queryRaw<{ n: number }[]>`
    select count(*)::int as n
      from graphile_worker._private_jobs j
      join graphile_worker._private_tasks t on t.id = j.task_id
     where t.identifier = ${DELIVER_WEBHOOK_TASK}
       and j.payload->>'deliveryId' = any(${deliveryIds}::text[])`;
  return row!.n;
}

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
