// Tests run the CLI as people do: a child process, its exit code, stdout and stderr.
import { execFile } from "node:child_process";
import { join } from "node:path";

export function runCli(
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const root = process.cwd();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", join(root, "scripts/cli.ts"), ...args],
      { cwd: root, env },
      (err, stdout, stderr) =>
        resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}
