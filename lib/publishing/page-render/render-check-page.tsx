// Renders a published check to the complete HTML document that is stored and served as is.
// Runs in the render worker (render-worker.ts), outside Next's bundler: React's server renderer
// is not available inside Next's server-component layer, where publishing actions run.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { CheckDocument } from "@/components/publishing/check-document";
import type { PublishedCheck } from "../get-published-check";

/** The stylesheets the public pages use, in the order Next links them. */
export const PUBLIC_STYLESHEETS = ["app/globals.css", "components/publishing/publishing.css"];

let css: string | undefined;

function publicCss(root: string): string {
  css ??= PUBLIC_STYLESHEETS.map((file) => readFileSync(join(root, file), "utf8"))
    .join("\n")
    .replace(/<\/style/gi, "<\\/style");
  return css;
}

export function renderCheckPage(check: PublishedCheck, root = process.cwd()): string {
  return `<!DOCTYPE html>${renderToStaticMarkup(<CheckDocument check={check} css={publicCss(root)} />)}`;
}
