// Every action × every role (and signed out), through the same gate the server actions use.
import { test, after } from "node:test";
import { randomBytes } from "node:crypto";
import assert from "node:assert/strict";
import { disconnectDb, prisma } from "../../db";
import { runActionAs, type ActionDef } from "../../auth/authorized";
import type { CurrentUser } from "../../auth/current-user";
import type { Role } from "../../generated/prisma/enums";
import { createTestUser } from "../../testing/users";
import { createClaimIn } from "../../testing/workflow";
import { createTestArticleWithClaims, testSourceFields } from "../../testing/claims";
import * as claims from "../claims.actions";
import * as sources from "../../sources/sources.actions";
import * as verdicts from "../../verdicts/verdicts.actions";
import { saveRatingScaleAction } from "../../ratings/ratings.actions";
import { saveSettingsAction } from "../../settings/settings.actions";
import { getSettings } from "../../settings/get-settings";
import { listRatings } from "../../ratings/list-ratings";
import { addSource } from "../../sources/add-source";
import { saveVerdictDraft } from "../../verdicts/save-verdict-draft";
import * as imports from "../../import/import.actions";
import { importArticle } from "../../import/import-article";

after(disconnectDb);

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
  const draft = await saveVerdictDraft({ user: editor, claimId, verdictVersion: null, ratingId: rating.id, conclusion: "Wrong year.", analysis: "" });
  return { claimId, verdictVersion: draft.version };
}

interface Case {
  action: ActionDef<any, any>;
  allowed: Role[];
  input: (actor: Actor) => Promise<unknown>;
  /** Reads only (a preview): allowed, it leaves no audit row either. */
  readOnly?: boolean;
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
    text, article: { outlet: "Wire", title: `Holt ${tag}` }, speaker: { name: `Dana Holt ${tag}`, aliases: ["Holt", "the mayor"] },
    candidates: [], importedById: null, mode: "triage",
  });
  return imported.articleId;
}

const STAFF: Role[] = ["ADMIN", "EDITOR", "REVIEWER"];
const CASES: Case[] = [
  { action: claims.takeNextClaimAction, allowed: STAFF, input: async () => (await createClaimIn("QUEUED"), {}) },
  { action: claims.takeClaimAction, allowed: STAFF, input: async () => ({ claimId: (await createClaimIn("QUEUED")).claimId }) },
  {
    action: claims.assignClaimAction,
    allowed: ["ADMIN", "REVIEWER"],
    input: async () => ({ claimId: (await createClaimIn("QUEUED")).claimId, assigneeId: (await createTestUser("EDITOR")).id }),
  },
  {
    action: claims.releaseClaimAction,
    allowed: STAFF,
    input: async (a) => ({ claimId: (await createClaimIn("IN_RESEARCH", { editor: await researcher(a) })).claimId }),
  },
  {
    action: claims.acceptClaimAction,
    allowed: STAFF,
    input: async () => ({ claimId: (await createTestArticleWithClaims({ claims: [{ status: "CANDIDATE" }] })).claims[0].id }),
  },
  { action: claims.dismissClaimAction, allowed: STAFF, input: async () => ({ claimId: (await createClaimIn("QUEUED")).claimId, reason: "DUPLICATE" }) },
  {
    action: claims.restoreClaimAction,
    allowed: STAFF,
    input: async () => {
      const { claimId } = await createClaimIn("QUEUED");
      await prisma.claim.update({ where: { id: claimId }, data: { status: "DISMISSED", dismissReason: "DUPLICATE" } });
      return { claimId };
    },
  },
  {
    action: claims.editCanonicalTextAction,
    allowed: STAFF,
    input: async () => ({ claimId: (await createClaimIn("QUEUED")).claimId, version: 1, canonicalText: "Unemployment fell by 3%." }),
  },
  {
    action: sources.addSourceAction,
    allowed: STAFF,
    input: async (a) => ({ claimId: (await createClaimIn("IN_RESEARCH", { editor: await researcher(a) })).claimId, ...testSourceFields() }),
  },
  {
    action: sources.editSourceAction,
    allowed: STAFF,
    input: async (a) => {
      const editor = await researcher(a);
      const { claimId } = await createClaimIn("IN_RESEARCH", { editor });
      const s = await addSource({ user: editor, claimId, ...testSourceFields() });
      return { sourceId: s.id, version: s.version, ...testSourceFields({ title: "Revised title" }) };
    },
  },
  {
    action: sources.removeSourceAction,
    allowed: STAFF,
    input: async (a) => {
      const editor = await researcher(a);
      const { claimId } = await createClaimIn("IN_RESEARCH", { editor });
      const s = await addSource({ user: editor, claimId, ...testSourceFields() });
      return { sourceId: s.id, version: s.version };
    },
  },
  {
    action: verdicts.saveVerdictDraftAction,
    allowed: STAFF,
    input: async (a) => ({
      claimId: (await createClaimIn("IN_RESEARCH", { editor: await researcher(a) })).claimId,
      verdictVersion: null,
      ratingId: "",
      conclusion: "Draft.",
      analysis: "",
    }),
  },
  { action: verdicts.submitVerdictAction, allowed: STAFF, input: inResearchWithDraft },
  {
    action: verdicts.approveVerdictAction,
    allowed: ["ADMIN", "REVIEWER"],
    input: async () => ({ claimId: (await createClaimIn("IN_REVIEW")).claimId, revision: 1, comment: "" }),
  },
  {
    action: verdicts.requestChangesAction,
    allowed: ["ADMIN", "REVIEWER"],
    input: async () => ({ claimId: (await createClaimIn("IN_REVIEW")).claimId, revision: 1, comment: "Needs a primary source." }),
  },
  {
    action: saveRatingScaleAction,
    allowed: ["ADMIN"],
    input: async () => ({
      ratings: (await listRatings()).map((r) => ({ id: r.id, label: r.label, value: r.value, description: r.description ?? "", active: r.active })),
    }),
  },
  { action: saveSettingsAction, allowed: ["ADMIN"], input: async () => getSettings() },
  { action: claims.previewClipAction, allowed: STAFF, readOnly: true, input: articleWithUnclaimedSentence },
  { action: claims.clipClaimAction, allowed: STAFF, input: articleWithUnclaimedSentence },
  {
    action: claims.addClaimAction,
    allowed: STAFF,
    input: async () => {
      const tag = randomBytes(4).toString("hex");
      return {
        speakerId: "", speakerName: `Senator ${tag}`, quote: `Crime fell by 9 percent in 2025 (${tag}).`, medium: "SOCIAL", outlet: "X",
        url: `https://x.example.com/status/${tag}`, saidOn: "2026-01-05", mediaTimestamp: "", canonicalText: "",
      };
    },
  },
  {
    action: imports.correctSpeakerAction,
    allowed: STAFF,
    input: async () => ({
      articleId: (await createTestArticleWithClaims({ claims: [{ status: "CANDIDATE" }] })).article.id,
      speakerId: "", speakerName: `Corrected ${randomBytes(4).toString("hex")}`, speakerTitle: "", speakerAliases: "",
    }),
  },
  { action: imports.rerunDetectionAction, allowed: STAFF, input: async () => ({ articleId: await articleToRedetect() }) },
];

const ROLES: (Role | null)[] = ["ADMIN", "EDITOR", "REVIEWER", "VIEWER", null];

for (const c of CASES) {
  for (const role of ROLES) {
    const expected = role === null ? "UNAUTHENTICATED" : c.allowed.includes(role) ? "ok" : "FORBIDDEN";
    test(`${c.action.name} as ${role ?? "signed out"} → ${expected}`, async () => {
      const actor = role ? await createTestUser(role) : null;
      const input = await c.input(actor);
      const auditBefore = await prisma.auditLog.count();
      const result = await runActionAs(c.action, actor, input);
      if (expected === "ok") {
        assert.equal(result.ok, true, result.ok ? "" : `${result.code}: ${result.error}`);
        if (!c.readOnly) assert.ok((await prisma.auditLog.count()) > auditBefore, "an allowed action leaves an audit row");
      } else {
        assert.equal(result.ok, false);
        if (!result.ok) assert.equal(result.code, expected, result.error);
        assert.equal(await prisma.auditLog.count(), auditBefore, "a refused action changes nothing");
      }
    });
  }
}
