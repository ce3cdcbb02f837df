// @ts-check
// Module hook for the processes that run app code outside Next's bundler (scripts/serve.mjs and
// the page-render worker): "server-only" resolves to its empty module, as it does inside Next's
// server layer, instead of throwing. (Scripts and tests get the same by --conditions=react-server.)
/** @type {import("node:module").ResolveHook} */
export async function resolve(specifier, context, next) {
  if (specifier === "server-only")
    return next(specifier, { ...context, conditions: [...context.conditions, "react-server"] });
  return next(specifier, context);
}
