// Admin → Webhooks in the browser: only admins reach it; a private-network URL is refused until
// an admin allows private targets; an endpoint gets its secret once; a claim released to the
// queue shows up in the delivery log (a webhook worker process delivers it to a receiver here),
// and Redeliver sends it again with the same webhook-id.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { test, expect, signIn } from "./fixtures";
import { insertQueuedClaim } from "./claims";

test("viewers and reviewers cannot open the webhooks page", async ({ page }) => {
  for (const who of ["viewer", "reviewer"] as const) {
    await page.context().clearCookies();
    await signIn(page, who);
    const res = await page.goto("/admin/webhooks");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Webhooks" })).toHaveCount(0);
  }
});

test("an admin registers a local receiver, sees the delivery and redelivers it", async ({
  page,
}) => {
  const received: IncomingHttpHeaders[] = [];
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      received.push(req.headers);
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  let worker: ChildProcess | null = null;
  try {
    await signIn(page, "admin");
    await page.goto("/admin/webhooks");
    const add = page.getByRole("form", { name: "Add webhook endpoint" });
    const targets = page.getByRole("form", { name: "Webhook targets" });
    // Start from the default: private networks refused.
    await targets.getByLabel(/Allow private-network targets/).setChecked(false);
    await targets.getByRole("button", { name: "Save webhook targets" }).click();
    await expect(targets.getByRole("status")).toContainText("only to public addresses");

    await add.getByLabel(/Endpoint URL/).fill(url);
    await add.getByRole("button", { name: "Add endpoint" }).click();
    await expect(add.getByRole("alert")).toContainText("private-network address");

    await targets.getByLabel(/Allow private-network targets/).setChecked(true);
    await targets.getByRole("button", { name: "Save webhook targets" }).click();
    await expect(targets.getByRole("status")).toContainText("may now go to private-network");
    await add.getByLabel(/Endpoint URL/).fill(url);
    await add.getByRole("button", { name: "Add endpoint" }).click();
    await expect(add.getByRole("status")).toContainText("whsec_");
    const endpoint = page.getByRole("region", { name: `Endpoint ${url}` });
    await expect(endpoint).toBeVisible();

    worker = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "lib/testing/webhook-worker-process.ts"],
      {
        env: {
          ...process.env,
          DATABASE_URL: process.env.E2E_DATABASE_URL,
          WEBHOOK_WORKER_ID: `e2e-${process.pid}`,
        },
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    await once(worker.stdout!, "data"); // "ready"

    // Take a queued claim and release it: claim.queued.
    const claim = await insertQueuedClaim();
    await page.goto(`/claims/${claim.id}`);
    await page.getByRole("button", { name: "Take", exact: true }).click();
    await expect(page.getByTestId("claim-status")).toHaveText("In research");
    await page.getByRole("button", { name: "Release", exact: true }).click();
    await expect(page.getByTestId("claim-status")).toHaveText("Queued");

    await page.goto("/admin/webhooks");
    await expect(async () => {
      await page.reload();
      await expect(endpoint.getByRole("cell", { name: "succeeded" })).toHaveCount(1, {
        timeout: 500,
      });
    }).toPass();
    expect(received).toHaveLength(1);
    await endpoint.getByRole("button", { name: "Redeliver" }).click();
    await expect(async () => {
      await page.reload();
      await expect(endpoint.getByRole("cell", { name: "succeeded" })).toHaveCount(2, {
        timeout: 500,
      });
    }).toPass();
    expect(received).toHaveLength(2);
    expect(received[1]["webhook-id"]).toBe(received[0]["webhook-id"]);
  } finally {
    worker?.kill("SIGTERM");
    if (worker) await once(worker, "exit");
    server.closeAllConnections();
    server.close();
  }
});
