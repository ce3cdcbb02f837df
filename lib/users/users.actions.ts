import { defineAction } from "../auth/authorized";
import { createUser } from "./create-user";
import { updateUserAccess } from "./update-user-access";
import { changeOwnPassword } from "./change-own-password";
import {
  changePasswordSchema,
  changeRoleSchema,
  createUserSchema,
  setActiveSchema,
} from "./user.schema";

export const createUserAction = defineAction({
  name: "user.create",
  permission: "user:manage",
  schema: createUserSchema,
  handler: (user, data) => createUser({ ...data, actorId: user.id }),
  revalidate: ["/admin"],
});

export const changeRoleAction = defineAction({
  name: "user.role",
  permission: "user:manage",
  schema: changeRoleSchema,
  handler: (user, data) =>
    updateUserAccess({ actorId: user.id, userId: data.userId, role: data.role }),
  revalidate: ["/admin"],
});

export const setUserActiveAction = defineAction({
  name: "user.active",
  permission: "user:manage",
  schema: setActiveSchema,
  handler: (user, data) =>
    updateUserAccess({ actorId: user.id, userId: data.userId, active: data.active }),
  revalidate: ["/admin"],
});

export const changePasswordAction = defineAction({
  name: "user.password",
  permission: "account:password",
  schema: changePasswordSchema,
  handler: (user, data) =>
    changeOwnPassword({
      user,
      currentPassword: data.currentPassword,
      newPassword: data.newPassword,
    }),
});
