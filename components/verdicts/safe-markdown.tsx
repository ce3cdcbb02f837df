import Markdown, { type Components } from "react-markdown";

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

/**
 * Editor-written Markdown for the desk and the public pages: raw HTML is skipped (so <script>
 * stays inert), images are not rendered (no alt text to vouch for; the CSP allows only ours).
 */
export function SafeMarkdown({
  children,
  className = "markdown",
  demoteHeadings = false,
}: {
  children: string;
  className?: string;
  demoteHeadings?: boolean;
}) {
  return (
    <div className={className}>
      <Markdown
        skipHtml
        urlTransform={safeUrl}
        disallowedElements={["img"]}
        unwrapDisallowed
        components={demoteHeadings ? PUBLIC : DESK}
      >
        {children}
      </Markdown>
    </div>
  );
}
