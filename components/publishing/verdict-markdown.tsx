// Analysis Markdown for public pages: raw HTML is dropped, links may only be http(s) or mailto,
// images are not rendered (no alt text to vouch for, and the CSP allows only our own).
import ReactMarkdown, { type Components } from "react-markdown";

const SAFE_URL = /^(https?:|mailto:)/i;

function safeUrl(url: string): string {
  return SAFE_URL.test(url.trim()) ? url : "";
}

const components: Components = {
  a: ({ href, children }) =>
    href ? <a href={href} rel="nofollow noopener noreferrer">{children}</a> : <span>{children}</span>,
  // Headings inside the analysis sit below the page's own h2.
  h1: ({ children }) => <h3>{children}</h3>,
  h2: ({ children }) => <h3>{children}</h3>,
};

export function VerdictMarkdown({ text }: { text: string }) {
  return (
    <div className="analysis">
      <ReactMarkdown skipHtml urlTransform={safeUrl} disallowedElements={["img"]} unwrapDisallowed components={components}>
        {text}
      </ReactMarkdown>
    </div>
  );
}
