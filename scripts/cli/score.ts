// `npm run --silent cli -- score`: one sentence per stdin line in, one score per line out.
import { createInterface } from "node:readline";
import { scoreSentence } from "../../lib/checkworthy/score";

export async function run(argv: string[]): Promise<number> {
  if (argv.length > 0) {
    console.error("usage: npm run --silent cli -- score < sentences.txt  (takes no options)");
    return 1;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) process.stdout.write(`${scoreSentence(line).score.toFixed(4)}\n`);
  return 0;
}
