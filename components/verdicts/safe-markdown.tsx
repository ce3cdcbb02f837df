import Markdown, { type Components } from "react-markdown";

const SAFE_PROTOCOL = /^(https?|mailto):/i;

/** Links and images only to http(s)/mailto; everything else (javascript:, data:, relative) is dropped. */
export function safeUrl(url: string): string {
  const trimmed = url.trim();
  return SAFE_PROTOCOL.test(trimmed) ? trimmed : "";
}

const components: Components = {
  a: ({ href, children }) =>
    href ? <a href={href} rel="nofollow noopener noreferrer" target="_blank">{children}</a> : <span>{children}</span>,
};

/** Editor-written Markdown; raw HTML is skipped and shown as nothing, so <script> stays inert. */
export function SafeMarkdown({ children }: { children: string }) {
  return (
    <div className="markdown">
      <Markdown skipHtml urlTransform={safeUrl} disallowedElements={["img"]} unwrapDisallowed components={components}>
        {children}
      </Markdown>
    </div>
  );
}
