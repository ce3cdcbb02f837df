// npm run --silent cli -- users <list|create|set-role|activate|deactivate|reset-password|reset-two-factor> ...
import { parseArgs } from "node:util";
import { z } from "zod";
import { generatePassword } from "../../lib/auth/password";
import { parseInput } from "../../lib/auth/authorized";
import { createUser } from "../../lib/users/create-user";
import { listUsers } from "../../lib/users/list-users";
import { resetTwoFactor } from "../../lib/two-factor/reset-two-factor";
import { resetPassword } from "../../lib/users/reset-password";
import { updateUserAccess } from "../../lib/users/update-user-access";
import { createUserSchema, passwordSchema, roleSchema } from "../../lib/users/user.schema";
import { userIdByEmail } from "../lib/user-id-by-email";
import { withDatabase } from "../lib/with-database";

const USAGE = `usage:
  users list
  users create --email E --name N --role ADMIN|EDITOR|REVIEWER|VIEWER [--password P]
  users set-role EMAIL ROLE
  users activate EMAIL | users deactivate EMAIL
  users reset-password EMAIL [--password P]
  users reset-two-factor EMAIL   (lost phone: removes their two-factor sign-in, ends their sessions)
(a password that is not given is generated and printed once)`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string" },
      password: { type: "string" },
    },
  });
  const [sub, ...rest] = positionals;
  const newPassword = () => values.password ?? generatePassword();
  return withDatabase(async () => {
    switch (sub) {
      case "list":
        for (const u of await listUsers())
          console.log(`${u.email}\t${u.role}\t${u.active ? "active" : "deactivated"}\t${u.name}`);
        return 0;
      case "create": {
        const password = newPassword();
        const input = parseInput(createUserSchema, {
          email: values.email,
          name: values.name,
          role: values.role?.toUpperCase(),
          password,
        });
        const user = await createUser({ ...input, actorId: null });
        console.log(
          `created ${user.email} (${user.role})${values.password ? "" : ` with password: ${password}`}`,
        );
        return 0;
      }
      case "set-role": {
        const [email, role] = rest;
        const parsedRole = parseInput(roleSchema, role?.toUpperCase());
        await updateUserAccess({
          actorId: null,
          userId: await userIdByEmail(email ?? ""),
          role: parsedRole,
        });
        console.log(`${email} is now ${parsedRole}`);
        return 0;
      }
      case "activate":
      case "deactivate": {
        const email = parseInput(z.string().email("give the user's email"), rest[0]);
        await updateUserAccess({
          actorId: null,
          userId: await userIdByEmail(email),
          active: sub === "activate",
        });
        console.log(`${email} ${sub}d`);
        return 0;
      }
      case "reset-password": {
        const email = parseInput(z.string().email("give the user's email"), rest[0]);
        const password = parseInput(passwordSchema, newPassword());
        await resetPassword({ actorId: null, email, password });
        console.log(
          `password of ${email} reset${values.password ? "" : ` to: ${password}`}; their sessions ended`,
        );
        return 0;
      }
      case "reset-two-factor": {
        const email = parseInput(z.string().email("give the user's email"), rest[0]);
        await resetTwoFactor({ actorId: null, userId: await userIdByEmail(email) });
        console.log(`two-factor sign-in of ${email} removed; their sessions ended`);
        return 0;
      }
      default:
        console.error(USAGE);
        return 1;
    }
  });
}
