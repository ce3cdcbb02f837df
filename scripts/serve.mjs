// @ts-check
// Claimdesk's HTTP server: Next's request handler behind a plain node:http server, so the app
// can learn the socket's address. Route handlers in Next 16 see no socket, and Next fills
// X-Forwarded-For from the socket only when the client sent none (so it can be forged); here
// x-claimdesk-peer is overwritten with the socket address on every request
// (lib/auth/client-address.ts reads it). Plain JS: it loads Next's compiled server, no tsx.
import { createServer } from "node:http";

process.env.NODE_ENV = "production";
const port = Number(process.env.PORT ?? 3000);
const { default: next } = await import("next");
const app = next({ dev: false, port, dir: process.cwd() });
const handle = app.getRequestHandler();
await app.prepare();

createServer((req, res) => {
  req.headers["x-claimdesk-peer"] = req.socket.remoteAddress ?? "unknown";
  void handle(req, res);
}).listen(port, () => {
  console.log(`ready on port ${port}`);
});
