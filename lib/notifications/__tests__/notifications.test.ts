// Notifications against a real PostgreSQL: written on the change's transaction (and gone with its
// rollback), for each kind the desk raises; preferences decide the channels; email reaches a
// local SMTP server and Slack messages a local receiver through the notification worker.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { simpleParser } from "mailparser";
import { disconnectDb, prisma, transaction } from "../../db";
import { runActionAs } from "../../auth/authorized";
import type { CurrentUser } from "../../auth/current-user";
import type { NotificationKind } from "../../generated/prisma/enums";
import { createTestUser } from "../../testing/users";
import { createClaimIn } from "../../testing/workflow";
import { testSourceFields } from "../../testing/claims";
import { createApprovedClaim } from "../../testing/published";
import { readyToPublish } from "../../testing/publish-checklist";
import { pollUntil, startTestReceiver, type TestReceiver } from "../../testing/webhook-receiver";
import { requestChanges } from "../../verdicts/request-changes";
import { approveVerdict } from "../../verdicts/approve-verdict";
import { assignClaim } from "../../claims/assign-claim";
import { editCanonicalText } from "../../claims/edit-canonical-text";
import { addSource } from "../../sources/add-source";
import { publishVerdict } from "../../publishing/publish-verdict";
import { saveWebhookSettingsAction } from "../../webhooks/webhooks.actions";
import { defaultChannels, type NotificationPreferences } from "../notification-preferences.schema";
import { saveNotificationPreferencesAction, saveTeamSlackAction } from "../notifications.actions";
import { markNotificationsReadAction } from "../notifications.actions";
import { writeNotifications } from "../write-notifications";
import { countUnread } from "../list-inbox";
import { startNotificationWorker, type NotificationWorker } from "../notification-worker";

let admin: CurrentUser;
let worker: NotificationWorker | null = null;
const receivers: TestReceiver[] = [];

before(async () => {
  admin = await createTestUser("ADMIN");
  await readyToPublish();
});

after(async () => {
  await worker?.stop();
  for (const r of receivers) await r.close();
  await runActionAs(saveTeamSlackAction, admin, { teamSlackUrl: "" });
  await runActionAs(saveWebhookSettingsAction, admin, { allowPrivateTargets: false });
  delete process.env.SMTP_URL;
  await disconnectDb();
});

const inbox = (user: { id: string }, kind?: NotificationKind) =>
  prisma.notification.findMany({
    where: { userId: user.id, ...(kind ? { kind } : {}) },
    orderBy: { createdAt: "asc" },
  });

/** Jobs queued for `user` (graphile-worker's table), by task. */
async function jobsFor(user: { id: string }) {
  const rows = await prisma.$queryRaw<{ task: string }[]>`
    select t.identifier as task
      from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id
     where j.payload->>'userId' = ${user.id}`;
  return rows.map((r) => r.task).sort();
}

async function setPreferences(user: CurrentUser, change: (p: NotificationPreferences) => void) {
  const preferences: NotificationPreferences = { slackUrl: "", channels: defaultChannels(false) };
  change(preferences);
  const result = await runActionAs(saveNotificationPreferencesAction, user, preferences);
  assert.ok(result.ok, JSON.stringify(result));
}

/** A claim in review: its editor wrote the verdict; a reviewer then reviews it. */
async function inReview() {
  const { claimId, editor } = await createClaimIn("IN_REVIEW");
  return { claimId, editor, reviewer: await createTestUser("REVIEWER") };
}

async function runWorker() {
  worker ??= await startNotificationWorker({
    connectionString: process.env.DATABASE_URL!,
    siteUrl: "http://desk.test",
    pollInterval: 100,
  });
}

describe("written with the change", () => {
  test("a request for changes notifies the verdict's author with the reviewer's comment", async () => {
    const { claimId, editor, reviewer } = await inReview();
    await requestChanges({ user: reviewer, claimId, revision: 1, comment: "Add the baseline." });
    const [item, ...more] = await inbox(editor);
    assert.equal(more.length, 0);
    assert.equal(item!.kind, "CHANGES_REQUESTED");
    assert.equal(item!.claimId, claimId);
    assert.equal(item!.actorId, reviewer.id);
    assert.match(
      item!.text,
      new RegExp(`^${reviewer.name} requested changes .*Add the baseline\\.$`),
    );
    assert.equal((await inbox(reviewer)).length, 0, "nobody hears of their own change");
    assert.equal(await countUnread(editor.id), 1);
  });

  test("nothing is left when the transaction rolls back", async () => {
    const { claimId, editor } = await createClaimIn("IN_RESEARCH");
    await runActionAs(saveWebhookSettingsAction, admin, { allowPrivateTargets: true });
    await setPreferences(editor, (p) => {
      p.slackUrl = "http://127.0.0.1:9/slack";
      p.channels.CLAIM_EDITED.slack = true;
    });
    const claim = await prisma.claim.findUniqueOrThrow({ where: { id: claimId } });
    await assert.rejects(
      transaction(async (tx) => {
        const notified = await writeNotifications(tx, {
          kind: "CLAIM_EDITED",
          actor: admin,
          claim,
          recipients: [editor.id],
        });
        assert.deepEqual(notified, [editor.id]);
        assert.equal(await tx.notification.count({ where: { userId: editor.id } }), 1);
        throw new Error("the change failed");
      }),
      /the change failed/,
    );
    assert.equal((await inbox(editor)).length, 0);
    assert.deepEqual(await jobsFor(editor), []);
    // A use case that fails after its checks leaves none either (wrong revision → not found).
    const { claimId: other, editor: author, reviewer } = await inReview();
    await assert.rejects(
      requestChanges({ user: reviewer, claimId: other, revision: 7, comment: "x" }),
    );
    assert.equal((await inbox(author)).length, 0);
  });

  test("assigning tells the new holder, and the one who held it", async () => {
    const { claimId, editor } = await createClaimIn("IN_RESEARCH");
    const reviewer = await createTestUser("REVIEWER");
    const next = await createTestUser("EDITOR");
    await assignClaim({ user: reviewer, claimId, assigneeId: next.id });
    assert.deepEqual(
      (await inbox(next)).map((n) => n.kind),
      ["ASSIGNED"],
    );
    const [lost] = await inbox(editor);
    assert.equal(lost!.kind, "CLAIM_EDITED");
    assert.match(lost!.text, new RegExp(`assigned it to ${next.name}$`));
    // Assigning oneself notifies nobody.
    const { claimId: queued } = await createClaimIn("QUEUED");
    await assignClaim({ user: reviewer, claimId: queued, assigneeId: reviewer.id });
    assert.equal((await inbox(reviewer)).length, 0);
  });

  test("approval and publishing reach the verdict's author", async () => {
    const { claimId, editor, reviewer } = await inReview();
    await approveVerdict({ user: reviewer, claimId, revision: 1, comment: "" });
    assert.deepEqual(
      (await inbox(editor)).map((n) => n.kind),
      ["VERDICT_APPROVED"],
    );
    const author = await createTestUser("EDITOR");
    const { claim } = await createApprovedClaim({ author });
    await publishVerdict({ user: reviewer, claimId: claim.id });
    const [published] = await inbox(author);
    assert.equal(published!.kind, "CHECK_PUBLISHED");
    assert.equal(published!.claimId, claim.id);
  });

  test("someone else's edit of a claim you hold notifies you; your own does not", async () => {
    const { claimId, editor } = await createClaimIn("IN_RESEARCH");
    await addSource({ user: editor, claimId, ...testSourceFields() });
    assert.equal((await inbox(editor)).length, 0);
    const reviewer = await createTestUser("REVIEWER");
    await addSource({ user: reviewer, claimId, ...testSourceFields({ title: "Census 2021" }) });
    const { version } = await prisma.claim.findUniqueOrThrow({ where: { id: claimId } });
    await editCanonicalText({ user: reviewer, claimId, version, canonicalText: "Jobs rose." });
    assert.deepEqual(
      (await inbox(editor)).map((n) => n.text.replace(/^.*”: /, "")),
      ["added the source Census 2021", "changed the claim text"],
    );
  });
});

describe("marking read", () => {
  test("one or all of one's own; another's is not found", async () => {
    const { claimId, editor } = await createClaimIn("IN_RESEARCH");
    const reviewer = await createTestUser("REVIEWER");
    await addSource({ user: reviewer, claimId, ...testSourceFields() });
    await addSource({ user: reviewer, claimId, ...testSourceFields() });
    const [first] = await inbox(editor);
    const stranger = await runActionAs(markNotificationsReadAction, reviewer, {
      notificationId: first!.id,
    });
    assert.equal(stranger.ok, false);
    assert.equal(!stranger.ok && stranger.code, "NOT_FOUND");
    const one = await runActionAs(markNotificationsReadAction, editor, {
      notificationId: first!.id,
    });
    assert.deepEqual(one.ok && one.data, { marked: 1 });
    assert.equal(await countUnread(editor.id), 1);
    const all = await runActionAs(markNotificationsReadAction, editor, {});
    assert.deepEqual(all.ok && all.data, { marked: 1 });
    assert.equal(await countUnread(editor.id), 0);
  });
});

describe("preferences", () => {
  test("in-app off writes no inbox row; defaults are in-app only without SMTP_URL", async () => {
    const { claimId, editor, reviewer } = await inReview();
    await setPreferences(editor, (p) => {
      p.channels.CHANGES_REQUESTED.inApp = false;
    });
    await requestChanges({ user: reviewer, claimId, revision: 1, comment: "More." });
    assert.equal((await inbox(editor)).length, 0);
    assert.deepEqual(await jobsFor(editor), []);
    const other = await inReview();
    await requestChanges({
      user: other.reviewer,
      claimId: other.claimId,
      revision: 1,
      comment: "x",
    });
    assert.equal((await inbox(other.editor)).length, 1);
    assert.deepEqual(await jobsFor(other.editor), []);
  });

  test("bad Slack URLs are refused with a clear message", async () => {
    const user = await createTestUser("EDITOR");
    const save = (slackUrl: string, slack = true) => {
      const preferences = { slackUrl, channels: defaultChannels(false) };
      preferences.channels.MENTIONED.slack = slack;
      return runActionAs(saveNotificationPreferencesAction, user, preferences);
    };
    const ftp = await save("ftp://hooks.example.org/x");
    assert.equal(!ftp.ok && ftp.code, "INVALID");
    assert.match(!ftp.ok ? ftp.error : "", /full http\(s\) address/);
    const missing = await save("");
    assert.match(!missing.ok ? (missing.fieldErrors?.slackUrl?.[0] ?? "") : "", /Add a Slack/);
    await runActionAs(saveWebhookSettingsAction, admin, { allowPrivateTargets: false });
    const internal = await save("http://10.1.2.3/hook");
    assert.match(
      !internal.ok ? (internal.fieldErrors?.slackUrl?.[0] ?? "") : "",
      /private-network/,
    );
    const creds = await save("https://user:pw@hooks.example.org/x");
    assert.match(!creds.ok ? creds.error : "", /user name and password/);
  });
});

describe("delivery", () => {
  test("a Slack webhook receives a {text} POST for the user and the team", async () => {
    await runActionAs(saveWebhookSettingsAction, admin, { allowPrivateTargets: true });
    const mine = await startTestReceiver();
    const team = await startTestReceiver();
    receivers.push(mine, team);
    const { claimId, editor, reviewer } = await inReview();
    await setPreferences(editor, (p) => {
      p.slackUrl = mine.url;
      p.channels.CHANGES_REQUESTED.slack = true;
    });
    const saved = await runActionAs(saveTeamSlackAction, admin, { teamSlackUrl: team.url });
    assert.ok(saved.ok, JSON.stringify(saved));
    await requestChanges({ user: reviewer, claimId, revision: 1, comment: "Check 2019." });
    await runWorker();
    await mine.waitForRequests(1);
    await team.waitForRequests(1);
    await runActionAs(saveTeamSlackAction, admin, { teamSlackUrl: "" });
    const personal = JSON.parse(mine.received[0]!.body) as { text: string };
    assert.match(personal.text, /requested changes .*Check 2019\./);
    assert.match(personal.text, new RegExp(`http://desk\\.test/claims/${claimId}`));
    assert.equal(mine.received[0]!.headers["content-type"], "application/json");
    const teamText = (JSON.parse(team.received[0]!.body) as { text: string }).text;
    assert.match(teamText, new RegExp(`^${reviewer.name} requested changes`));
  });

  test("email goes through SMTP_URL to a local SMTP server", async () => {
    const mails: { to: string[]; data: string }[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (c: Buffer) => chunks.push(c));
        stream.on("end", () => {
          const to = (session.envelope.rcptTo || []).map((r) => r.address);
          mails.push({ to, data: Buffer.concat(chunks).toString("utf8") });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = smtp.server.address() as AddressInfo;
      process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
      process.env.SMTP_FROM = "Claimdesk <desk@newsroom.test>";
      const { claimId, editor, reviewer } = await inReview();
      // With SMTP_URL set, the defaults include email.
      await requestChanges({ user: reviewer, claimId, revision: 1, comment: "Cite the law." });
      assert.deepEqual(await jobsFor(editor), ["notification_email"]);
      await runWorker();
      const mail = await pollUntil("the email", async () =>
        mails.find((m) => m.to.includes(editor.email)),
      );
      const parsed = await simpleParser(mail.data);
      assert.equal(parsed.from?.value[0]?.address, "desk@newsroom.test");
      assert.deepEqual(
        parsed.to && !Array.isArray(parsed.to) && parsed.to.value[0]?.address,
        editor.email,
      );
      assert.match(parsed.subject ?? "", new RegExp(`^${reviewer.name} requested changes`));
      assert.match(parsed.text ?? "", /Cite the law\./);
      assert.match(
        parsed.text ?? "",
        new RegExp(`Open the claim: http://desk\\.test/claims/${claimId}`),
      );
    } finally {
      delete process.env.SMTP_URL;
      delete process.env.SMTP_FROM;
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });
});
