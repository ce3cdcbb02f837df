// @ts-check
// Claimdesk's HTTP server: Next's request handler behind a plain node:http server.
// - Published fact-checks (/checks/<slug>, /checks/<slug>/revisions/<n>) are answered first,
//   from this process's in-memory copy of the stored pages, without entering Next's request
//   pipeline (lib/publishing/serve-published-page.ts): static-file speed, and they keep
//   answering while the database is down.
// - The app can learn the socket's address: route handlers in Next 16 see no socket, and Next
//   fills X-Forwarded-For from the socket only when the client sent none (so it can be forged);
//   here x-claimdesk-peer is overwritten with the socket address on every request
//   (lib/auth/client-address.ts reads it).
// Plain JS: it loads Next's compiled server; only the fast path is TypeScript (through tsx).
import { createServer } from "node:http";
import { register } from "node:module";
import { tsImport } from "tsx/esm/api";

// App modules marked "server-only" load here as they do in Next's server layer.
register("./server-only-hook.mjs", import.meta.url);

process.env.NODE_ENV = "production";
const port = Number(process.env.PORT ?? 3000);
const { default: next } = await import("next");
const app = next({ dev: false, port, dir: process.cwd() });
const handle = app.getRequestHandler();
/** @type {{ startPublishedPages: () => Promise<import("../lib/publishing/serve-published-page").PublishedPageHandler> }} */
const fastPath = await tsImport("../lib/publishing/serve-published-page.ts", import.meta.url);
const [publishedPages] = await Promise.all([fastPath.startPublishedPages(), app.prepare()]);

createServer((req, res) => {
  req.headers["x-claimdesk-peer"] = req.socket.remoteAddress ?? "unknown";
  publishedPages(req, res, () => void handle(req, res));
}).listen(port, () => {
  console.log(`ready on port ${port}`);
});
