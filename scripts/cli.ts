// Claimdesk command line: `npm run --silent cli -- <command> [options]`.
// Each command lives in scripts/cli/<command>.ts and exports `run(argv): Promise<number>`.
const COMMANDS: Record<string, string> = {
  import: "Import articles (or --dry-run --json to list detected claims)",
  score: "Read sentences on stdin, print one check-worthiness score per line",
  export: "Export fact-check reports (csv, json, claimreview, pdf)",
  users: "Create users, change roles, deactivate",
  tokens: "Create, list and revoke API tokens (/api/v1)",
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, help]) => `  ${name.padEnd(8)} ${help}`);
  return `usage: npm run --silent cli -- <command> [options]\n\ncommands:\n${lines.join("\n")}`;
}

// `cli export | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(0);
  throw err;
});

async function main(): Promise<number> {
  const [command, ...argv] = process.argv.slice(2);
  if (!command || command === "--help" || command === "-h") {
    console.log(usage());
    return command ? 0 : 1;
  }
  if (!(command in COMMANDS)) {
    console.error(`unknown command "${command}"\n${usage()}`);
    return 1;
  }
  const mod: { run: (argv: string[]) => Promise<number> } = await import(`./cli/${command}.ts`);
  return mod.run(argv);
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  },
);

export {};
