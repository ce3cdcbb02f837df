// Claim detection is CPU-bound and synchronous; a bulk import (CLI, seeds, bench) runs it in
// worker threads so several articles are detected at once and the main thread is free to
// write the previous ones. Not for the web server: one upload is one article.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { DetectedClaim, DetectInput } from "../detect/detect-claims";

interface Pending {
  resolve: (candidates: DetectedClaim[]) => void;
  reject: (err: Error) => void;
}

export class DetectPool {
  private readonly workers: Worker[];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  constructor(size = Math.max(1, availableParallelism())) {
    const url = new URL("./detect-worker.mjs", import.meta.url);
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(url);
      worker.on(
        "message",
        ({
          id,
          candidates,
          error,
        }: {
          id: number;
          candidates?: DetectedClaim[];
          error?: string;
        }) => {
          const job = this.pending.get(id);
          this.pending.delete(id);
          if (error !== undefined) job?.reject(new Error(error));
          else job?.resolve(candidates!);
        },
      );
      worker.on("error", (err) => this.failAll(err));
      worker.on("exit", (code) => {
        if (code !== 0) this.failAll(new Error(`a detection worker stopped (exit code ${code})`));
      });
      return worker;
    });
  }

  get size(): number {
    return this.workers.length;
  }

  detect(input: DetectInput): Promise<DetectedClaim[]> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.workers[id % this.workers.length]!.postMessage({ id, input });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private failAll(err: Error): void {
    for (const job of this.pending.values()) job.reject(err);
    this.pending.clear();
  }
}

/**
 * Detects every input with at most `ahead` articles in flight and yields the results in input
 * order, so the caller can write article i while later ones are still being detected.
 */
export async function* detectInOrder<T>(
  pool: DetectPool,
  items: T[],
  toInput: (item: T) => DetectInput,
  ahead = pool.size * 2,
): AsyncGenerator<{ item: T; candidates: DetectedClaim[] }> {
  const inFlight: Promise<DetectedClaim[]>[] = [];
  let next = 0;
  const fill = () => {
    while (next < items.length && inFlight.length < ahead)
      inFlight.push(pool.detect(toInput(items[next++]!)));
  };
  fill();
  for (let i = 0; i < items.length; i++) {
    const candidates = await inFlight.shift()!;
    fill();
    yield { item: items[i]!, candidates };
  }
}
