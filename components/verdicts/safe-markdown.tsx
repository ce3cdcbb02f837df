import Markdown, { type Components } from "react-markdown";
import { findAndReplace } from "mdast-util-find-and-replace";
import type { Root } from "mdast";
import { MENTION_PATTERN } from "@/lib/comments/mention-handles";

const SAFE_PROTOCOL = /^(https?|mailto):/i;

/** Links only to http(s)/mailto; everything else (javascript:, data:, relative) is dropped. */
export function safeUrl(url: string): string {
  const trimmed = url.trim();
  return SAFE_PROTOCOL.test(trimmed) ? trimmed : "";
}

const link: Components["a"] = ({ href, children }) =>
  href ? (
    <a href={href} rel="nofollow noopener noreferrer">
      {children}
    </a>
  ) : (
    <span>{children}</span>
  );

const DESK: Components = { a: link };
// On public pages the analysis sits below the page's own h2.
const PUBLIC: Components = {
  a: link,
  h1: ({ children }) => <h3>{children}</h3>,
  h2: ({ children }) => <h3>{children}</h3>,
};

/** Highlights `@handle` where it names a desk member (`mentions`: handle → name); others stay text. */
function remarkMentions(mentions: Readonly<Record<string, string>>) {
  return () => (tree: Root) => {
    findAndReplace(tree, [
      MENTION_PATTERN,
      (whole: string, handle: string) => {
        const name = mentions[handle.toLowerCase()];
        if (!name) return false;
        return {
          type: "strong",
          data: { hName: "span", hProperties: { className: ["mention"], title: name } },
          children: [{ type: "text", value: whole }],
        };
      },
    ]);
  };
}

/**
 * Editor-written Markdown for the desk and the public pages: raw HTML is skipped (so <script>
 * stays inert), images are not rendered (no alt text to vouch for; the CSP allows only ours).
 */
export function SafeMarkdown({
  children,
  className = "markdown",
  demoteHeadings = false,
  mentions,
}: {
  children: string;
  className?: string;
  demoteHeadings?: boolean;
  /** Comments: the desk members mentioned, by handle (lib/comments/mention-handles.ts). */
  mentions?: Readonly<Record<string, string>>;
}) {
  return (
    <div className={className}>
      <Markdown
        skipHtml
        urlTransform={safeUrl}
        disallowedElements={["img"]}
        unwrapDisallowed
        remarkPlugins={mentions ? [remarkMentions(mentions)] : []}
        components={demoteHeadings ? PUBLIC : DESK}
      >
        {children}
      </Markdown>
    </div>
  );
}
