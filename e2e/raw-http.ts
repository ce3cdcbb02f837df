// Raw HTTP for what Playwright's request API cannot send: chunked bodies (no Content-Length)
// written as the server reads them, stopped as soon as it answers.
import http from "node:http";
import { readFileSync, readdirSync } from "node:fs";

export interface ChunkedResult {
  status: number;
  body: string;
  sentBytes: number;
}

/** POSTs `head`, then `fill` repeated up to `totalBytes`, chunked; stops writing once the server answers. */
export function postChunked(
  path: string,
  options: {
    headers: Record<string, string>;
    head?: string;
    fill: Buffer;
    totalBytes: number;
    tail?: string;
  },
): Promise<ChunkedResult> {
  const url = new URL(path, process.env.E2E_BASE_URL);
  return new Promise((resolve, reject) => {
    let answered = false;
    let sentBytes = 0;
    const req = http.request(
      url,
      { method: "POST", headers: { ...options.headers, "transfer-encoding": "chunked" } },
      (res) => {
        answered = true;
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString("utf8"),
            sentBytes,
          });
          req.destroy();
        });
      },
    );
    // The server may close the connection while we are still writing; its answer is what counts.
    req.on("error", (err) => (answered ? undefined : reject(err)));
    const write = () => {
      if (options.head && sentBytes === 0) {
        req.write(options.head);
        sentBytes += Buffer.byteLength(options.head);
      }
      while (!answered && sentBytes < options.totalBytes) {
        sentBytes += options.fill.length;
        if (!req.write(options.fill)) return void req.once("drain", write);
      }
      if (!answered) req.end(options.tail ?? "");
    };
    write();
  });
}

/** Resident memory (bytes) of the app server and the processes it started (one process group). */
export function serverRss(): number {
  const group = Number(process.env.E2E_SERVER_PID);
  if (!group) throw new Error("E2E_SERVER_PID is not set (run through npm run test:e2e)");
  let pages = 0;
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) === group) pages += Number(fields[21]);
    } catch {
      // the process ended meanwhile
    }
  }
  return pages * 4096;
}
