// npm run bench -- <import|queue|publish> [...]: each prints name=value lines, with ratios
// against a baseline measured in the same run. Never used by tests.
const BENCHES = ["import", "queue", "publish"] as const;

async function main(): Promise<number> {
  const names = process.argv.slice(2);
  const selected = names.length ? names : [...BENCHES];
  for (const name of selected) {
    if (!(BENCHES as readonly string[]).includes(name)) {
      console.error(`unknown bench "${name}" (choose from ${BENCHES.join(", ")})`);
      return 1;
    }
  }
  for (const name of selected) {
    console.log(`# bench ${name}`);
    const mod: { run: () => Promise<void> } = await import(`./${name}.ts`);
    await mod.run();
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    process.exit(1);
  },
);

export {};
