// Renders a published check's page in a worker thread that runs plain Node (with tsx), because
// publishing runs inside Next's server bundle, where React's HTML renderer cannot be imported.
// One worker per process, started on first use and kept (unref'd: it never holds the process).
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { processSingleton } from "../../process-singleton";
import type { PublishedCheck } from "../get-published-check";

interface Renderer {
  worker?: Worker;
  nextId: number;
  pending: Map<number, { resolve: (html: string) => void; reject: (err: Error) => void }>;
}

const renderer = () =>
  processSingleton<Renderer>("claimdeskPageRenderer", () => ({ nextId: 0, pending: new Map() }));

function failAll(state: Renderer, err: Error): void {
  for (const job of state.pending.values()) job.reject(err);
  state.pending.clear();
}

/** `--conditions=react-server`, `--conditions react-server`, `-C react-server` removed. */
export function withoutConditions(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--conditions" || a === "-C") i++;
    else if (!a.startsWith("--conditions=") && !a.startsWith("-C=")) out.push(a);
  }
  return out;
}

function workerOf(state: Renderer): Worker {
  if (state.worker) return state.worker;
  // A path computed at run time: Next's bundler must not try to bundle the worker.
  const entry = join(
    /* turbopackIgnore: true */ process.cwd(),
    "lib/publishing/page-render/render-worker.mjs",
  );
  // React's HTML renderer needs React's client build: the worker must not inherit the
  // react-server condition scripts and tests run under (it maps "server-only" itself).
  const worker = new Worker(/* turbopackIgnore: true */ entry, {
    execArgv: withoutConditions(process.execArgv),
  });
  worker.unref();
  worker.on("message", ({ id, html, error }: { id: number; html?: string; error?: string }) => {
    const job = state.pending.get(id);
    state.pending.delete(id);
    if (state.pending.size === 0) worker.unref();
    if (error !== undefined) job?.reject(new Error(`rendering the public page failed: ${error}`));
    else job?.resolve(html!);
  });
  worker.on("error", (err) => failAll(state, err));
  worker.on("exit", (code) => {
    state.worker = undefined;
    failAll(state, new Error(`the page render worker stopped (exit code ${code})`));
  });
  state.worker = worker;
  return worker;
}

/** The complete HTML document of the check's public page. */
export function renderInWorker(check: PublishedCheck): Promise<string> {
  const state = renderer();
  const worker = workerOf(state);
  const id = state.nextId++;
  return new Promise((resolve, reject) => {
    state.pending.set(id, { resolve, reject });
    worker.ref(); // a render in flight keeps the process alive until it answers
    worker.postMessage({ id, check });
  });
}

/** Starts the worker ahead of the first publish, so that publish does not wait for it. */
export function warmPageRenderer(): void {
  workerOf(renderer());
}
