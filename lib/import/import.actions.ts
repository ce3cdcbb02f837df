import { defineAction } from "../auth/authorized";
import { ARTICLE_PAGES } from "../claims/desk-pages";
import { correctArticleSpeaker } from "./correct-article-speaker";
import {
  acceptCandidatesSchema,
  correctSpeakerSchema,
  dismissCandidatesSchema,
  importUploadSchema,
  rerunDetectionSchema,
} from "./import.schema";
import { rerunDetection } from "./rerun-detection";
import { importUpload } from "./import-upload";
import { acceptCandidates, dismissCandidates } from "./triage-candidates";

/** The web upload; app/api/import/route.ts runs it with progress events, tests through runActionAs. */
export const importUploadAction = defineAction({
  name: "article.import",
  permission: "article:import",
  schema: importUploadSchema,
  handler: (user, data) => importUpload({ user, input: data }),
});

export const acceptCandidatesAction = defineAction({
  name: "claim.acceptCandidates",
  move: "accept",
  schema: acceptCandidatesSchema,
  handler: (user, data) => acceptCandidates({ user, ...data }),
  revalidate: ARTICLE_PAGES,
});

export const dismissCandidatesAction = defineAction({
  name: "claim.dismissCandidate",
  move: "dismiss",
  schema: dismissCandidatesSchema,
  handler: (user, data) => dismissCandidates({ user, ...data }),
  revalidate: [["/import/[articleId]", "page"]],
});

export const correctSpeakerAction = defineAction({
  name: "article.changeSpeaker",
  permission: "article:import",
  schema: correctSpeakerSchema,
  handler: (user, data) => correctArticleSpeaker({ user, ...data }),
  revalidate: ARTICLE_PAGES,
  // A published check names its speaker on the public page and in its ClaimReview.
  publicChecks: (result) => result.movedPublications,
});

export const rerunDetectionAction = defineAction({
  name: "article.redetect",
  permission: "article:import",
  schema: rerunDetectionSchema,
  handler: (user, data) => rerunDetection({ user, ...data }),
  revalidate: ARTICLE_PAGES,
});
