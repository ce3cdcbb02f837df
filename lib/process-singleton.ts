// State that must be one per process, not one per module copy: Next bundles a module into
// several chunks (and dev reloads it), so such state lives on globalThis under a fixed key.
const store = globalThis as unknown as Record<string, unknown>;

/** The process's one value under `key`, created by `create` on first use. */
export function processSingleton<T>(key: string, create: () => T): T {
  if (!(key in store)) store[key] = create();
  return store[key] as T;
}
