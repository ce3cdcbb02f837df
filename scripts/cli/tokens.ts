// npm run --silent cli -- tokens <create|list|revoke> ...
import { parseArgs } from "node:util";
import { z } from "zod";
import { parseInput } from "../../lib/auth/authorized";
import { createApiTokenSchema } from "../../lib/tokens/api-token.schema";
import { createApiToken } from "../../lib/tokens/create-api-token";
import { listApiTokens } from "../../lib/tokens/list-api-tokens";
import { revokeApiToken } from "../../lib/tokens/revoke-api-token";
import { TOKEN_SCOPES } from "../../lib/tokens/token-scopes";
import { userIdByEmail } from "../lib/user-id-by-email";
import { withDatabase } from "../lib/with-database";

const USAGE = `usage:
  tokens create --email E --name N --scope ${TOKEN_SCOPES.join("[,")}${"]".repeat(TOKEN_SCOPES.length - 1)} [--expires-days N]
      (prints only the token; it is shown this once)
  tokens list [--email E]
  tokens revoke ID`;

const date = (d: Date | null) => (d ? d.toISOString() : "-");

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      email: { type: "string" },
      name: { type: "string" },
      scope: { type: "string" },
      "expires-days": { type: "string" },
    },
  });
  const [sub, ...rest] = positionals;
  return withDatabase(async () => {
    switch (sub) {
      case "create": {
        const input = parseInput(createApiTokenSchema, {
          userId: await userIdByEmail(values.email),
          name: values.name ?? "",
          scopes: (values.scope ?? "").split(",").filter(Boolean),
          expiresInDays:
            values["expires-days"] === undefined ? undefined : Number(values["expires-days"]),
        });
        const created = await createApiToken({ ...input, actorId: null });
        console.log(created.token);
        return 0;
      }
      case "list": {
        const userId = values.email ? await userIdByEmail(values.email) : undefined;
        console.log("id\tuser\tname\tscopes\texpires\tlast used\trevoked");
        for (const t of await listApiTokens({ userId })) {
          console.log(
            [
              t.id,
              t.user.email,
              t.name,
              t.scopes.join(","),
              date(t.expiresAt),
              date(t.lastUsedAt),
              date(t.revokedAt),
            ].join("\t"),
          );
        }
        return 0;
      }
      case "revoke": {
        const tokenId = parseInput(z.uuid("give the token's id (tokens list)"), rest[0]);
        await revokeApiToken({ actorId: null, tokenId });
        console.log(`token ${tokenId} revoked`);
        return 0;
      }
      default:
        console.error(USAGE);
        return 1;
    }
  });
}
