import { defineAction } from "../auth/authorized";
import { confirmTwoFactorSetup } from "./confirm-two-factor-setup";
import { disableTwoFactor } from "./disable-two-factor";
import { renewRecoveryCodes } from "./renew-recovery-codes";
import { resetTwoFactor } from "./reset-two-factor";
import { setTwoFactorRequirement } from "./set-two-factor-requirement";
import { startTwoFactorSetup } from "./start-two-factor-setup";
import {
  confirmIdentitySchema,
  confirmTwoFactorSchema,
  resetTwoFactorSchema,
  startTwoFactorSchema,
  TWO_FACTOR_PATH,
  twoFactorRequirementSchema,
} from "./two-factor.schema";

export const startTwoFactorAction = defineAction({
  name: "twoFactor.start",
  permission: "account:two-factor",
  schema: startTwoFactorSchema,
  handler: (user) => startTwoFactorSetup({ user }),
});

export const confirmTwoFactorAction = defineAction({
  name: "twoFactor.confirm",
  permission: "account:two-factor",
  schema: confirmTwoFactorSchema,
  handler: (user, data) => confirmTwoFactorSetup({ user, code: data.code }),
});

export const disableTwoFactorAction = defineAction({
  name: "twoFactor.disable",
  permission: "account:two-factor",
  schema: confirmIdentitySchema,
  handler: (user, data) => disableTwoFactor({ user, ...data }),
  revalidate: [TWO_FACTOR_PATH],
});

export const renewRecoveryCodesAction = defineAction({
  name: "twoFactor.renewRecoveryCodes",
  permission: "account:two-factor",
  schema: confirmIdentitySchema,
  handler: (user, data) => renewRecoveryCodes({ user, ...data }),
});

export const resetTwoFactorAction = defineAction({
  name: "twoFactor.reset",
  permission: "user:manage",
  schema: resetTwoFactorSchema,
  handler: (user, data) => resetTwoFactor({ actorId: user.id, userId: data.userId }),
  revalidate: ["/admin"],
});

export const setTwoFactorRequirementAction = defineAction({
  name: "settings.twoFactor",
  permission: "settings:manage",
  schema: twoFactorRequirementSchema,
  handler: (user, data) => setTwoFactorRequirement({ user, required: data.required }),
  revalidate: ["/admin/settings"],
});
