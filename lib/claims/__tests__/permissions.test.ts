// Every defined action (from the registry) × every role and signed out, through the same gate
// the server actions use; who may do what comes from the one role → permission map.
import { test, after, before } from "node:test";
import { readyToPublish } from "../../testing/publish-checklist";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { globSync } from "tinyglobby";
import assert from "node:assert/strict";
import { disconnectDb, prisma } from "../../db";
import { hashPassword } from "../../auth/password";
import { definedActions, runActionAs } from "../../auth/authorized";
import { can } from "../../auth/permissions";
import type { CurrentUser } from "../../auth/current-user";
import type { Role } from "../../generated/prisma/enums";
import { createTestUser } from "../../testing/users";
import { createTestSpeaker } from "../../testing/speakers";
import { createClaimIn } from "../../testing/workflow";
import {
  createTestArticleWithClaims,
  createTestRepeat,
  testSourceFields,
} from "../../testing/claims";
import { getSettings } from "../../settings/get-settings";
import { listRatings } from "../../ratings/list-ratings";
import { addSource } from "../../sources/add-source";
import { saveVerdictDraft } from "../../verdicts/save-verdict-draft";
import { importArticle } from "../../import/import-article";
import { publishVerdict } from "../../publishing/publish-verdict";
import { createApprovedClaim } from "../../testing/published";
import { loadAllActions } from "../../testing/actions";
import { createTestWebhookDelivery, createTestWebhookEndpoint } from "../../testing/webhooks";
import { TEST_PASSWORD, createTwoFactorUser, enrolTestUser } from "../../testing/two-factor";
import { startTwoFactorSetup } from "../../two-factor/start-two-factor-setup";
import { generate } from "otplib";
import { createApiToken } from "../../tokens/create-api-token";
import { createComment } from "../../comments/create-comment";
import { defaultChannels } from "../../notifications/notification-preferences.schema";

after(disconnectDb);
before(() => readyToPublish());

type Actor = CurrentUser | null;
// The person doing the research: the actor when they may research, otherwise a fresh editor.
const researcher = async (actor: Actor) =>
  actor && actor.role !== "VIEWER" ? actor : await createTestUser("EDITOR");

async function inResearchWithDraft(actor: Actor) {
  const editor = await researcher(actor);
  const { claimId } = await createClaimIn("IN_RESEARCH", { editor });
  const [rating] = await listRatings({ activeOnly: true });
  await addSource({ user: editor, claimId, ...testSourceFields({ isPrimary: true }) });
  await addSource({ user: editor, claimId, ...testSourceFields({ isPrimary: false }) });
  const draft = await saveVerdictDraft({
    user: editor,
    claimId,
    verdictVersion: null,
    ratingId: rating.id,
    conclusion: "Wrong year.",
    analysis: "",
  });
  return { claimId, verdictVersion: draft.version };
}

interface Fixture {
  input: (actor: Actor) => Promise<unknown>;
  /** Reads only (a preview), or only marks one's own inbox read: it leaves no audit row. */
  readOnly?: boolean;
}

/** A comment by the actor when they may comment (else by an editor), to edit or delete. */
async function ownComment(actor: Actor) {
  const author = actor && can(actor.role, "comment:write") ? actor : await createTestUser("EDITOR");
  const { claimId } = await createClaimIn("QUEUED");
  return createComment({ user: author, claimId, body: "Is the baseline right?" });
}

/** An article with one claim, and a sentence of it that is none yet (to clip). */
async function articleWithUnclaimedSentence() {
  const { article } = await createTestArticleWithClaims({ claims: 1 });
  const start = article.text.indexOf("That is the record.");
  return { articleId: article.id, start, end: start + "That is the record.".length };
}

/** An article imported with no candidates whose speaker says check-worthy things. */
async function articleToRedetect() {
  const tag = randomBytes(4).toString("hex");
  const text = `“Riverton has built 1,200 homes since 2020 and will finish 800 more next year,” Mayor Dana Holt ${tag} said on Tuesday.`;
  const imported = await importArticle({
    text,
    article: { outlet: "Wire", title: `Holt ${tag}` },
    speaker: {
      name: `Dana Holt ${tag}`,
      names: [{ language: "en", name: `Dana Holt ${tag}`, aliases: ["Holt", "the mayor"] }],
    },
    candidates: [],
    importedById: null,
    mode: "triage",
  });
  return imported.articleId;
}

/** The actor with two-factor on (and a password): what turning it off or renewing codes needs. */
async function ownTwoFactor(actor: Actor) {
  if (!actor) return { currentPassword: TEST_PASSWORD, code: "abcde-fghjk" };
  const { recoveryCodes } = await enrolTestUser(actor);
  return { currentPassword: TEST_PASSWORD, code: recoveryCodes[0] };
}

/** A claim published by a reviewer, with the publication's version (to correct or unpublish). */
async function publishedClaim() {
  const { claim } = await createApprovedClaim({ author: await createTestUser("EDITOR") });
  await publishVerdict({ user: await createTestUser("REVIEWER"), claimId: claim.id });
  const pub = await prisma.publication.findUniqueOrThrow({ where: { claimId: claim.id } });
  return { claimId: claim.id, expectedVersion: pub.version };
}

const candidate = async () =>
  (await createTestArticleWithClaims({ claims: [{ status: "CANDIDATE" }] })).claims[0];
const seedText = readFileSync(join(process.cwd(), "seeds", "004_30c81bb1024f36a2.txt"), "utf8");

// One input per action name. An action without one fails below, so a new action cannot slip by.
const FIXTURES: Record<string, Fixture> = {
  "claim.takeNext": {
    input: async () => {
      await createClaimIn("QUEUED");
      return {};
    },
  },
  "claim.take": { input: async () => ({ claimId: (await createClaimIn("QUEUED")).claimId }) },
  "claim.assign": {
    input: async () => ({
      claimId: (await createClaimIn("QUEUED")).claimId,
      assigneeId: (await createTestUser("EDITOR")).id,
    }),
  },
  "claim.release": {
    input: async (a) => ({
      claimId: (await createClaimIn("IN_RESEARCH", { editor: await researcher(a) })).claimId,
    }),
  },
  "claim.accept": { input: async () => ({ claimId: (await candidate()).id }) },
  "claim.dismiss": {
    input: async () => ({ claimId: (await createClaimIn("QUEUED")).claimId, reason: "DUPLICATE" }),
  },
  "claim.restore": {
    input: async () => {
      const { claimId } = await createClaimIn("QUEUED");
      await prisma.claim.update({
        where: { id: claimId },
        data: { status: "DISMISSED", dismissReason: "DUPLICATE" },
      });
      return { claimId };
    },
  },
  "claim.editText": {
    input: async (a) => {
      const { claimId } = await createClaimIn("IN_RESEARCH", { editor: await researcher(a) });
      const { version } = await prisma.claim.findUniqueOrThrow({ where: { id: claimId } });
      return { claimId, version, canonicalText: "Unemployment fell by 3%." };
    },
  },
  "claim.unlinkRepeat": {
    input: async () => {
      const { claimId, version } = await createTestRepeat();
      return { claimId, version };
    },
  },
  "source.add": {
    input: async (a) => ({
      claimId: (await createClaimIn("IN_RESEARCH", { editor: await researcher(a) })).claimId,
      ...testSourceFields(),
    }),
  },
  "source.edit": {
    input: async (a) => {
      const editor = await researcher(a);
      const { claimId } = await createClaimIn("IN_RESEARCH", { editor });
      const s = await addSource({ user: editor, claimId, ...testSourceFields() });
      return {
        sourceId: s.id,
        version: s.version,
        ...testSourceFields({ title: "Revised title" }),
      };
    },
  },
  "source.remove": {
    input: async (a) => {
      const editor = await researcher(a);
      const { claimId } = await createClaimIn("IN_RESEARCH", { editor });
      const s = await addSource({ user: editor, claimId, ...testSourceFields() });
      return { sourceId: s.id, version: s.version };
    },
  },
  "verdict.saveDraft": {
    input: async (a) => ({
      claimId: (await createClaimIn("IN_RESEARCH", { editor: await researcher(a) })).claimId,
      verdictVersion: null,
      ratingId: "",
      conclusion: "Draft.",
      analysis: "",
    }),
  },
  "verdict.submit": { input: inResearchWithDraft },
  "verdict.approve": {
    input: async () => ({
      claimId: (await createClaimIn("IN_REVIEW")).claimId,
      revision: 1,
      comment: "",
    }),
  },
  "verdict.requestChanges": {
    input: async () => ({
      claimId: (await createClaimIn("IN_REVIEW")).claimId,
      revision: 1,
      comment: "Needs a primary source.",
    }),
  },
  "settings.ratings": {
    input: async () => ({
      ratings: (await listRatings()).map((r) => ({
        id: r.id,
        label: r.label,
        value: r.value,
        description: r.description ?? "",
        active: r.active,
      })),
    }),
  },
  "settings.save": { input: async () => getSettings() },
  "webhooks.create": {
    input: async () => ({ url: "https://203.0.113.10/claimdesk", events: ["check.withdrawn"] }),
  },
  "webhooks.delete": {
    input: async () => ({ endpointId: (await createTestWebhookEndpoint()).id }),
  },
  "webhooks.redeliver": {
    input: async () => ({ deliveryId: (await createTestWebhookDelivery()).id }),
  },
  "webhooks.settings": { input: async () => ({ allowPrivateTargets: false }) },
  "comment.create": {
    input: async () => ({ claimId: (await createClaimIn("QUEUED")).claimId, body: "Worth it." }),
  },
  "comment.edit": {
    input: async (a) => ({ commentId: (await ownComment(a)).id, version: 1, body: "Edited." }),
  },
  "comment.delete": { input: async (a) => ({ commentId: (await ownComment(a)).id }) },
  "notifications.markRead": { readOnly: true, input: async () => ({}) },
  "notifications.preferences": {
    input: async () => ({ slackUrl: "", channels: defaultChannels(false) }),
  },
  "notifications.teamSlack": { input: async () => ({ teamSlackUrl: "" }) },
  "claim.previewClip": { readOnly: true, input: articleWithUnclaimedSentence },
  "claim.clip": { input: articleWithUnclaimedSentence },
  "speaker.editNames": {
    input: async () => {
      const tag = randomBytes(4).toString("hex");
      const speaker = await createTestSpeaker({ name: `Envoy ${tag}` });
      return {
        speakerId: speaker.id,
        version: (await prisma.speaker.findUniqueOrThrow({ where: { id: speaker.id } })).version,
        names: [
          { language: "en", name: `Envoy ${tag}`, aliases: "the envoy" },
          { language: "ru", name: `Посланник ${tag}`, aliases: "посланник" },
        ],
      };
    },
  },
  "claim.add": {
    input: async () => {
      const tag = randomBytes(4).toString("hex");
      return {
        speakerId: "",
        speakerName: `Senator ${tag}`,
        quote: `Crime fell by 9 percent in 2025 (${tag}).`,
        medium: "SOCIAL",
        outlet: "X",
        url: `https://x.example.com/status/${tag}`,
        saidOn: "2026-01-05",
        mediaTimestamp: "",
        canonicalText: "",
      };
    },
  },
  "article.import": {
    input: async () => ({
      outlet: "Ynetnews",
      title: "About two million",
      url: "",
      published: "2026-02",
      language: "en",
      note: "",
      speakerId: "",
      speakerName: `Permission Speaker ${randomBytes(3).toString("hex")}`,
      speakerTitle: "",
      speakerAliases: "Viktorov",
      pastedText: "",
      file: {
        name: "ynet.txt",
        bytes: new TextEncoder().encode(
          `${seedText}\n\nPermissions ${randomBytes(4).toString("hex")}`,
        ),
      },
    }),
  },
  "claim.acceptCandidates": {
    input: async () => {
      const claim = await candidate();
      return { articleId: claim.articleId, items: [{ claimId: claim.id }] };
    },
  },
  "claim.dismissCandidate": {
    input: async () => {
      const claim = await candidate();
      return { articleId: claim.articleId, claimIds: [claim.id], reason: "DUPLICATE" };
    },
  },
  "article.changeSpeaker": {
    input: async () => ({
      articleId: (await candidate()).articleId,
      speakerId: "",
      speakerName: `Corrected ${randomBytes(4).toString("hex")}`,
      speakerTitle: "",
      speakerAliases: "",
    }),
  },
  "article.redetect": { input: async () => ({ articleId: await articleToRedetect() }) },
  publishVerdict: {
    input: async () => ({
      claimId: (await createApprovedClaim({ author: await createTestUser("EDITOR") })).claim.id,
    }),
  },
  correctVerdict: {
    input: async () => ({
      ...(await publishedClaim()),
      ratingId: null,
      conclusion: "A corrected conclusion sentence.",
      analysis: "Corrected.",
      note: "We first gave the wrong year.",
    }),
  },
  unpublishVerdict: {
    input: async () => ({ ...(await publishedClaim()), reason: "The quote was misattributed." }),
  },
  "user.create": {
    input: async () => ({
      email: `perm-${randomBytes(4).toString("hex")}@test.claimdesk`,
      name: "Made",
      role: "EDITOR",
      password: "long-enough-password",
    }),
  },
  "user.role": {
    input: async () => ({ userId: (await createTestUser("EDITOR")).id, role: "REVIEWER" }),
  },
  "user.active": {
    input: async () => ({ userId: (await createTestUser("EDITOR")).id, active: false }),
  },
  "twoFactor.start": { input: async () => ({}) },
  "twoFactor.confirm": {
    input: async (actor) => {
      if (!actor) return { code: "123456" };
      const { secret } = await startTwoFactorSetup({ user: actor });
      return { code: await generate({ secret }) };
    },
  },
  "twoFactor.disable": { input: ownTwoFactor },
  "twoFactor.renewRecoveryCodes": { input: ownTwoFactor },
  "twoFactor.reset": {
    input: async () => ({ userId: (await createTwoFactorUser("REVIEWER")).user.id }),
  },
  "settings.twoFactor": { input: async () => ({ required: false }) },
  "token.createOwn": { input: async () => ({ name: "mine", scopes: ["read"], expiresInDays: 30 }) },
  "token.revokeOwn": {
    input: async (actor) => ({
      tokenId: (
        await createApiToken({
          actorId: null,
          userId: (actor ?? (await createTestUser("EDITOR"))).id,
          name: "mine",
          scopes: ["read"],
        })
      ).id,
    }),
  },
  "token.create": {
    input: async () => ({
      userId: (await createTestUser("EDITOR")).id,
      name: "for an editor",
      scopes: ["read", "claims:write"],
    }),
  },
  "token.revoke": {
    input: async () => ({
      tokenId: (
        await createApiToken({
          actorId: null,
          userId: (await createTestUser("VIEWER")).id,
          name: "anyone's",
          scopes: ["read"],
        })
      ).id,
    }),
  },
  "user.password": {
    // Test users have no real hash: give the actor a password to change.
    input: async (actor) => {
      if (actor)
        await prisma.user.update({
          where: { id: actor.id },
          data: { passwordHash: await hashPassword("current-password-1") },
        });
      return {
        currentPassword: "current-password-1",
        newPassword: "plaid-otter-quarry-41",
        confirmPassword: "plaid-otter-quarry-41",
      };
    },
  },
};

await loadAllActions();
const ACTIONS = definedActions();

test("action names are unique, and every action is defined in a lib/**/*.actions.ts module", () => {
  const names = ACTIONS.map((a) => a.name);
  assert.deepEqual(
    names.filter((n, i) => names.indexOf(n) !== i),
    [],
  );
  const elsewhere = globSync(["lib/**/*.ts", "app/**/*.ts", "app/**/*.tsx"], {
    ignore: ["**/*.actions.ts", "lib/auth/authorized.ts", "**/__tests__/**"],
  }).filter((file) => readFileSync(file, "utf8").includes("defineAction("));
  assert.deepEqual(elsewhere, []);
  assert.ok(ACTIONS.length >= 30, `found only ${ACTIONS.length} actions`);
});

const ROLES: (Role | null)[] = ["ADMIN", "EDITOR", "REVIEWER", "VIEWER", null];

for (const action of ACTIONS) {
  const fixture = FIXTURES[action.name];
  if (!fixture) {
    test(`${action.name} has an input fixture in this test`, () =>
      assert.fail(`add "${action.name}" to FIXTURES`));
    continue;
  }
  for (const role of ROLES) {
    const expected =
      role === null ? "UNAUTHENTICATED" : can(role, action.permission) ? "ok" : "FORBIDDEN";
    test(`${action.name} as ${role ?? "signed out"} → ${expected}`, async () => {
      const actor = role ? await createTestUser(role) : null;
      const input = await fixture.input(actor);
      const auditBefore = await prisma.auditLog.count();
      const result = await runActionAs(action, actor, input);
      if (expected === "ok") {
        assert.equal(result.ok, true, result.ok ? "" : `${result.code}: ${result.error}`);
        if (!fixture.readOnly)
          assert.ok(
            (await prisma.auditLog.count()) > auditBefore,
            "an allowed action leaves an audit row",
          );
      } else {
        assert.equal(result.ok, false);
        if (!result.ok) assert.equal(result.code, expected, result.error);
        assert.equal(
          await prisma.auditLog.count(),
          auditBefore,
          "a refused action changes nothing",
        );
      }
    });
  }
}
