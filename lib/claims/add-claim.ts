// A claim said outside an article (TV, radio, video, a post, a speech): queued like any other,
// with kind and score from the detector and the recording's URL as where it appeared.
import "server-only";
import { transaction } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { conflict } from "../auth/errors";
import { assessQuote } from "../import/assess-quote";
import { resolveSpeaker } from "../import/resolve-speaker";
import { storedSpeakers } from "../import/stored-speakers";
import { scriptLanguage } from "../import/script-language";
import { prismaRunner, upsertSpeaker } from "../import/upsert-speaker";
import type { AddClaimValues } from "./add-claim.schema";
import { lookUpRepeatRoots } from "../import/repeats/look-up-repeat-roots";
import { createEditorClaim } from "./create-editor-claim";

export interface AddClaimOptions extends AddClaimValues {
  user: CurrentUser;
}

export async function addClaim({ user, ...input }: AddClaimOptions) {
  // No article to learn the speaker from: the quote is all the text there is.
  const speaker = await resolveSpeaker(
    input.quote,
    {
      id: input.speakerId || undefined,
      name: input.speakerName,
      language: scriptLanguage(input.quote),
    },
    storedSpeakers,
  );
  const assessed = assessQuote({ quote: input.quote, speaker: speaker.ref });
  const [repeatOfId] = await lookUpRepeatRoots(speaker.id, [
    input.canonicalText || assessed.canonicalText,
  ]);
  return transaction(async (tx) => {
    const speakerId =
      speaker.id ??
      (
        await upsertSpeaker(prismaRunner(tx), {
          name: speaker.fields.name,
          names: speaker.fields.names,
        })
      ).id;
    const same = await tx.claim.findFirst({
      where: { articleId: null, speakerId, url: input.url, quote: input.quote },
      select: { id: true },
    });
    if (same) throw conflict(`This quote from ${input.url} is already a claim (${same.id}).`);
    return createEditorClaim(tx, {
      user,
      action: "add",
      speakerId,
      quote: input.quote,
      assessed,
      canonicalText: input.canonicalText,
      repeatOfId,
      where: {
        articleId: null,
        medium: input.medium,
        outlet: input.outlet,
        url: input.url,
        saidOn: new Date(`${input.saidOn}T00:00:00Z`),
        mediaTimestamp: input.mediaTimestamp || null,
      },
    });
  });
}
