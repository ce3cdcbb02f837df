"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/auth/authorized";
import { saveRatingScaleAction } from "@/lib/ratings/ratings.actions";
import { saveSettingsAction } from "@/lib/settings/settings.actions";
import { setTwoFactorRequirementAction } from "@/lib/two-factor/two-factor.actions";

export async function saveSettings(input: unknown) {
  const result = await runAction(saveSettingsAction, input);
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

export async function saveRatingScale(input: unknown) {
  const result = await runAction(saveRatingScaleAction, input);
  if (!result.ok) return result;
  revalidatePath("/", "layout");
  return { ok: true as const, data: { count: result.data.length } };
}

export async function saveTwoFactorRequirement(input: unknown) {
  const result = await runAction(setTwoFactorRequirementAction, input);
  if (result.ok) revalidatePath("/admin/settings");
  return result;
}
