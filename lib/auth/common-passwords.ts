// Refuses passwords found on a list of ~49,000 common and breached passwords, shipped offline
// in @zxcvbn-ts/language-common (no network at run time). Server-only: the list is too large
// for the browser bundle, so the forms learn of it from the action's field error.
import { dictionary } from "@zxcvbn-ts/language-common";
import { invalid } from "./errors";

let common: Set<string> | null = null;

export function isCommonPassword(password: string): boolean {
  common ??= new Set(dictionary["passwords-common"]);
  const lower = password.toLowerCase();
  // "sunshine2024!" is as guessable as "sunshine": also check without trailing digits/symbols.
  const stem = lower.replace(/[\d\W_]+$/u, "");
  return common.has(lower) || (stem.length >= 4 && common.has(stem));
}

/** Throws INVALID (on the given field) when a new password is common or breached. */
export function assertPasswordNotCommon(password: string, field = "password"): void {
  if (isCommonPassword(password)) {
    const message = "This password is on a list of common or breached passwords; choose another.";
    throw invalid(message, { [field]: [message] });
  }
}
