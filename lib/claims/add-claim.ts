// A claim said outside an article (TV, radio, video, a post, a speech): queued like any other,
// with kind and score from the detector and the recording's URL as where it appeared.
import { prisma, transaction } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { conflict, notFound } from "../auth/errors";
import { assessQuote } from "../import/assess-quote";
import { speakerRefOf } from "../import/speaker-ref";
import type { AddClaimValues } from "./add-claim.schema";
import { lookUpRepeatRoots } from "../import/repeats/look-up-repeat-roots";
import { createEditorClaim } from "./create-editor-claim";

export interface AddClaimOptions extends AddClaimValues {
  user: CurrentUser;
}

/** The chosen speaker, or the one of that name, or (id null) a new one to create. */
async function findSpeaker({
  speakerId,
  speakerName,
}: Pick<AddClaimValues, "speakerId" | "speakerName">) {
  if (speakerId) {
    const speaker = await prisma.speaker.findUnique({ where: { id: speakerId } });
    if (!speaker) throw notFound("Speaker");
    return speaker;
  }
  return (
    (await prisma.speaker.findUnique({ where: { name: speakerName } })) ?? {
      id: null,
      name: speakerName,
      aliases: [],
      country: null,
    }
  );
}

export async function addClaim({ user, ...input }: AddClaimOptions) {
  const known = await findSpeaker(input);
  const assessed = assessQuote({ quote: input.quote, speaker: speakerRefOf(known) });
  const [repeatOfId] = await lookUpRepeatRoots(known.id, [
    input.canonicalText || assessed.canonicalText,
  ]);
  return transaction(async (tx) => {
    const speakerId =
      known.id ??
      (
        await tx.speaker.upsert({
          where: { name: known.name },
          create: { name: known.name },
          update: {},
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
