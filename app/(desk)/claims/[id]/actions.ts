"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { runAction, type ActionDef, type ActionResult } from "@/lib/auth/authorized";
import * as claims from "@/lib/claims/claims.actions";
import * as sources from "@/lib/sources/sources.actions";
import * as verdicts from "@/lib/verdicts/verdicts.actions";

// Forward to the one gate; hand the browser only what the forms need (the new version).
async function forward<T>(
  action: ActionDef<z.ZodType, T>,
  input: unknown,
  pick: (data: T) => { version?: number; id?: string },
) {
  const result = await runAction(action, input);
  if (!result.ok) return result;
  revalidatePath("/claims/[id]", "page");
  revalidatePath("/queue");
  return { ok: true, data: pick(result.data) } as ActionResult<{ version?: number; id?: string }>;
}

const claimVersion = (c: { id: string; version: number }) => ({ id: c.id, version: c.version });

export async function acceptClaim(input: unknown) {
  return forward(claims.acceptClaimAction, input, claimVersion);
}
export async function takeClaim(input: unknown) {
  return forward(claims.takeClaimAction, input, claimVersion);
}
export async function releaseClaim(input: unknown) {
  return forward(claims.releaseClaimAction, input, claimVersion);
}
export async function assignClaim(input: unknown) {
  return forward(claims.assignClaimAction, input, claimVersion);
}
export async function dismissClaim(input: unknown) {
  return forward(claims.dismissClaimAction, input, claimVersion);
}
export async function restoreClaim(input: unknown) {
  return forward(claims.restoreClaimAction, input, claimVersion);
}
export async function editCanonicalText(input: unknown) {
  return forward(claims.editCanonicalTextAction, input, claimVersion);
}
export async function addSource(input: unknown) {
  return forward(sources.addSourceAction, input, claimVersion);
}
export async function editSource(input: unknown) {
  return forward(sources.editSourceAction, input, claimVersion);
}
export async function removeSource(input: unknown) {
  return forward(sources.removeSourceAction, input, (s) => ({ id: s.id }));
}
export async function saveVerdictDraft(input: unknown) {
  return forward(verdicts.saveVerdictDraftAction, input, claimVersion);
}
export async function submitVerdict(input: unknown) {
  return forward(verdicts.submitVerdictAction, input, (r) => ({ id: r.revisionId }));
}
export async function approveVerdict(input: unknown) {
  return forward(verdicts.approveVerdictAction, input, claimVersion);
}
export async function requestChanges(input: unknown) {
  return forward(verdicts.requestChangesAction, input, claimVersion);
}
