// The /api/v1 contract against the running app: every operation the OpenAPI document lists is
// called with a token and its answer (successes and problem+json errors) validated against the
// document with ajv. An operation added to the document without a call here fails the test.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import type { APIRequestContext, APIResponse } from "@playwright/test";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import pg from "pg";
import { formatToken, hashSecret, newSecret } from "../lib/tokens/token-secret";
import { expect, test } from "./fixtures";
import { insertApprovedClaim } from "./published";
import { E2E_USERS } from "./users";

interface Doc {
  openapi: string;
  components: Record<string, unknown>;
  paths: Record<string, Record<string, { operationId: string; responses: Record<string, Resp> }>>;
}
interface Resp {
  content?: Record<string, { schema: object }>;
}

/** A token row as `tokens create` writes it (the CLI itself is tested in lib/tokens/__tests__). */
async function insertToken(email: string, scopes: string[]): Promise<string> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    const id = randomUUID();
    const secret = newSecret();
    await client.query(
      `insert into api_tokens (id, "userId", name, "secretHash", scopes)
       select $1, id, 'e2e', $2, $3 from users where email = $4`,
      [id, hashSecret(secret), scopes, email],
    );
    return formatToken(id, secret);
  } finally {
    await client.end();
  }
}

async function userId(email: string): Promise<string> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(`select id from users where email = $1`, [
      email,
    ]);
    return rows[0]!.id;
  } finally {
    await client.end();
  }
}

function validatorFor(doc: Doc) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  const cache = new Map<string, ReturnType<typeof ajv.compile>>();
  return async (operationId: string, response: APIResponse) => {
    const op = Object.values(doc.paths)
      .flatMap((methods) => Object.values(methods))
      .find((o) => o.operationId === operationId)!;
    const status = String(response.status());
    const documented = op.responses[status];
    expect(
      documented,
      `${operationId} answered ${status}, which the document does not list`,
    ).toBeTruthy();
    const type = (response.headers()["content-type"] ?? "").split(";")[0]!;
    const media = documented!.content?.[type];
    expect(media, `${operationId} ${status}: content-type ${type} is not documented`).toBeTruthy();
    const key = `${operationId} ${status} ${type}`;
    if (!cache.has(key)) {
      // The document's components sit in the schema's root so its #/components/… refs resolve.
      cache.set(key, ajv.compile({ ...media!.schema, components: doc.components }));
    }
    const validate = cache.get(key)!;
    const body = await response.json();
    expect(validate(body), `${key}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    return body;
  };
}

const auth = (token: string) => ({ authorization: `Bearer ${token}` });

test("every documented operation answers what the OpenAPI document says", async ({ request }) => {
  const docResponse = await request.get("/api/v1/openapi.json");
  expect(docResponse.status()).toBe(200);
  const doc = (await docResponse.json()) as Doc;
  expect(doc.openapi).toBe("3.1.0");
  const check = validatorFor(doc);
  const admin = await insertToken(E2E_USERS.admin.email, [
    "read",
    "claims:write",
    "import",
    "publish",
  ]);
  const readOnly = await insertToken(E2E_USERS.admin.email, ["read"]);
  const approved = await insertApprovedClaim();
  const api = (path: string) => `/api/v1${path}`;
  let createdId = "";

  type Call = (r: APIRequestContext) => Promise<void>;
  const calls: Record<string, Call> = {
    listClaims: async (r) => {
      const first = await check(
        "listClaims",
        await r.get(api("/claims?sort=newest"), { headers: auth(admin) }),
      );
      expect(first.items.length).toBeGreaterThan(0);
      if (first.nextCursor) {
        const next = await check(
          "listClaims",
          await r.get(api(`/claims?sort=newest&cursor=${first.nextCursor}`), {
            headers: auth(admin),
          }),
        );
        const seen = new Set(first.items.map((c: { id: string }) => c.id));
        expect(next.items.some((c: { id: string }) => seen.has(c.id))).toBe(false);
      }
      await check("listClaims", await r.get(api("/claims?status=NOPE"), { headers: auth(admin) }));
    },
    createClaim: async (r) => {
      const body = {
        speakerId: "",
        speakerName: "Jane Contract",
        quote: "Bus fares tripled last year in every city of the region.",
        medium: "TV",
        outlet: "Channel 9",
        url: "https://tv.example.org/news/1",
        saidOn: "2026-03-02",
        mediaTimestamp: "00:12:31",
        canonicalText: "",
      };
      const created = await r.post(api("/claims"), { headers: auth(admin), data: body });
      expect(created.status()).toBe(201);
      createdId = (await check("createClaim", created)).id;
      const refused = await r.post(api("/claims"), { headers: auth(readOnly), data: body });
      expect(refused.status()).toBe(403);
      await check("createClaim", refused);
      const invalid = await r.post(api("/claims"), { headers: auth(admin), data: { quote: "" } });
      expect(invalid.status()).toBe(400);
      expect((await check("createClaim", invalid)).errors).toBeTruthy();
    },
    getClaim: async (r) => {
      const found = await check(
        "getClaim",
        await r.get(api(`/claims/${createdId}`), { headers: auth(admin) }),
      );
      expect(found.speaker.name).toBe("Jane Contract");
      expect(found.history.length).toBeGreaterThan(0);
      const missing = await r.get(api(`/claims/${randomUUID()}`), { headers: auth(admin) });
      expect(missing.status()).toBe(404);
      await check("getClaim", missing);
    },
    moveClaim: async (r) => {
      const take = await r.post(api(`/claims/${createdId}/moves/take`), {
        headers: auth(admin),
        data: {},
      });
      expect(take.status()).toBe(200);
      await check("moveClaim", take);
      const again = await r.post(api(`/claims/${createdId}/moves/take`), {
        headers: auth(admin),
        data: {},
      });
      expect(again.status()).toBe(409);
      await check("moveClaim", again);
      const unknown = await r.post(api(`/claims/${createdId}/moves/fly`), {
        headers: auth(admin),
        data: {},
      });
      expect(unknown.status()).toBe(400);
      await check("moveClaim", unknown);
      const publish = await r.post(api(`/claims/${approved.id}/moves/publish`), {
        headers: auth(admin),
        data: {},
      });
      expect(publish.status(), await publish.text()).toBe(200);
      await check("moveClaim", publish);
    },
    assignClaim: async (r) => {
      // createdId is in research, held by the admin (moveClaim took it): hand it to an editor.
      const editorId = await userId(E2E_USERS.editor.email);
      const assigned = await r.post(api(`/claims/${createdId}/assign`), {
        headers: auth(admin),
        data: { assigneeId: editorId },
      });
      expect(assigned.status(), await assigned.text()).toBe(200);
      expect((await check("assignClaim", assigned)).id).toBe(createdId);
      const detail = await (
        await r.get(api(`/claims/${createdId}`), { headers: auth(admin) })
      ).json();
      expect(detail.assignee.id).toBe(editorId);
      expect(detail.status).toBe("IN_RESEARCH");
      const viewer = await r.post(api(`/claims/${createdId}/assign`), {
        headers: auth(admin),
        data: { assigneeId: await userId(E2E_USERS.viewer.email) },
      });
      expect(viewer.status()).toBe(400);
      expect((await check("assignClaim", viewer)).errors.assigneeId).toBeTruthy();
      const missing = await r.post(api(`/claims/${randomUUID()}/assign`), {
        headers: auth(admin),
        data: { assigneeId: editorId },
      });
      expect(missing.status()).toBe(404);
      await check("assignClaim", missing);
    },
    addSource: async (r) => {
      // The editor now holds createdId (assignClaim): their token attaches a source.
      const editor = await insertToken(E2E_USERS.editor.email, ["read", "claims:write"]);
      const source = {
        url: "https://stats.example.gov/fares",
        title: "Regional fares 2025",
        publisher: "Statistics Office",
        publishedAt: "2026-01-15",
        accessedAt: "2026-03-03",
        excerpt: "Average fare rose by 12%.",
        isPrimary: true,
        notes: "",
      };
      const added = await r.post(api(`/claims/${createdId}/sources`), {
        headers: auth(editor),
        data: source,
      });
      expect(added.status(), await added.text()).toBe(201);
      const { id } = await check("addSource", added);
      const detail = await (
        await r.get(api(`/claims/${createdId}`), { headers: auth(editor) })
      ).json();
      expect(detail.sources.map((s: { id: string }) => s.id)).toContain(id);
      // Another editor does not hold it: refused.
      const other = await insertToken(E2E_USERS.editor2.email, ["claims:write"]);
      const notHeld = await r.post(api(`/claims/${createdId}/sources`), {
        headers: auth(other),
        data: source,
      });
      expect(notHeld.status()).toBe(403);
      await check("addSource", notHeld);
      const invalid = await r.post(api(`/claims/${createdId}/sources`), {
        headers: auth(editor),
        data: { ...source, url: "ftp://stats.example.gov" },
      });
      expect(invalid.status()).toBe(400);
      expect((await check("addSource", invalid)).errors.url).toBeTruthy();
    },
    listClaimCorrections: async (r) => {
      // approved was published by moveClaim; it has no corrections yet.
      const listed = await check(
        "listClaimCorrections",
        await r.get(api(`/claims/${approved.id}/corrections`), { headers: auth(readOnly) }),
      );
      expect(listed.items).toEqual([]);
      const missing = await r.get(api(`/claims/${randomUUID()}/corrections`), {
        headers: auth(readOnly),
      });
      expect(missing.status()).toBe(404);
      await check("listClaimCorrections", missing);
    },
    importArticle: async (r) => {
      const seed = readFileSync("seeds/000_215bea482339008d.txt", "utf8");
      const fields = {
        outlet: "JNS",
        title: "Russian ambassador says Israel should agree to immediate ceasefire",
        url: "",
        published: "2023-10",
        language: "",
        note: "",
        speakerId: "",
        speakerName: "Anatoly Viktorov",
        speakerTitle: "",
        speakerAliases: "",
      };
      // The seed is imported already: the same text answers its article, 200, nothing new.
      const again = await r.post(api("/articles"), {
        headers: auth(admin),
        data: { ...fields, pastedText: seed },
      });
      expect(again.status(), await again.text()).toBe(200);
      const existing = await check("importArticle", again);
      expect(existing.created).toBe(false);
      expect(existing.candidates.length).toBeGreaterThan(0);
      const edited = `${seed}\n\nEdited ${randomUUID()}.`;
      const fresh = await r.post(api("/articles"), {
        headers: auth(admin),
        data: { ...fields, pastedText: edited },
      });
      expect(fresh.status(), await fresh.text()).toBe(201);
      const imported = await check("importArticle", fresh);
      expect(imported.created).toBe(true);
      expect(imported.articleId).not.toBe(existing.articleId);
      expect(imported.candidates.length).toBeGreaterThan(0);
      const refused = await r.post(api("/articles"), {
        headers: auth(readOnly),
        data: { ...fields, pastedText: edited },
      });
      expect(refused.status()).toBe(403);
      await check("importArticle", refused);
    },
    listChecks: async (r) => {
      const page = await check("listChecks", await r.get(api("/checks"), { headers: auth(admin) }));
      expect(page.items.map((c: { slug: string }) => c.slug)).toContain(approved.slug);
    },
    getCheck: async (r) => {
      const found = await check(
        "getCheck",
        await r.get(api(`/checks/${approved.slug}`), { headers: auth(admin) }),
      );
      expect(found.claimReview["@type"]).toBe("ClaimReview");
      await check("getCheck", await r.get(api("/checks/no-such-check"), { headers: auth(admin) }));
    },
    claimReviewFeed: async (r) => {
      const feed = await check(
        "claimReviewFeed",
        await r.get(api("/claim-review"), { headers: auth(admin) }),
      );
      expect(feed.length).toBeGreaterThan(0);
    },
  };

  const documented = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, id: op.operationId })),
  );
  expect(documented.map((o) => o.id).sort()).toEqual(Object.keys(calls).sort());
  for (const op of documented) await calls[op.id]!(request);

  // Without a token, and with a made-up one, every operation answers 401 problem+json.
  for (const op of documented) {
    const url = api(
      op.path.replace("{id}", createdId).replace("{move}", "take").replace("{slug}", approved.slug),
    );
    for (const headers of [{}, auth(`cdk_${"0".repeat(32)}_${"A".repeat(43)}`)]) {
      const response = await request.fetch(url, {
        method: op.method,
        headers,
        data: op.method === "post" ? {} : undefined,
      });
      expect(response.status(), `${op.method} ${url}`).toBe(401);
      expect(response.headers()["www-authenticate"]).toContain("Bearer");
      await check(op.id, response);
    }
  }
});
