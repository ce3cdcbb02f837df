// Imports every module that defines actions (lib/**/*.actions.ts), found by name, so the
// registry (definedActions) is complete for the tests that walk it.
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { globSync } from "tinyglobby";

export async function loadAllActions(): Promise<void> {
  for (const file of globSync("lib/**/*.actions.ts")) {
    await import(pathToFileURL(resolve(file)).href);
  }
}
