// Tests that need DDL (a failing trigger, say) run it as the owner role: the app role has none.
import postgres from "postgres";

export async function asOwner<T>(fn: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const url = process.env.TEST_OWNER_DATABASE_URL;
  if (!url)
    throw new Error("TEST_OWNER_DATABASE_URL is not set — run tests with `npm run test:unit`");
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await fn(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}
