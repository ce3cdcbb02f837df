// Renders SafeMarkdown to HTML as the browser receives it. Run without the react-server condition
// (the test runner's), which hides react-dom/server: JSON {markdown, mentions} on stdin, HTML out.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { SafeMarkdown } from "../safe-markdown";

let input = "";
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const { markdown, mentions } = JSON.parse(input) as {
    markdown: string;
    mentions?: Record<string, string>;
  };
  // biome-ignore lint/correctness/noChildrenProp: the Markdown is SafeMarkdown's required (typed) children
  const element = createElement(SafeMarkdown, { mentions, children: markdown });
  process.stdout.write(renderToStaticMarkup(element));
});
