// The 410 page for a withdrawn fact-check. Plain HTML: the proxy answers before React renders.
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function renderGonePage(gone: {
  title: string;
  reason: string;
  unpublishedAt: string | null;
}): string {
  const date = gone.unpublishedAt ? new Date(gone.unpublishedAt).toISOString().slice(0, 10) : null;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Fact-check withdrawn</title>
<style>body{font-family:system-ui,sans-serif;color:#1a1a1a;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5}a{color:#0b5394}</style>
</head><body><main>
<h1>This fact-check was withdrawn</h1>
<p>We withdrew our fact-check of “${escapeHtml(gone.title)}”${date ? ` on <time datetime="${date}">${date}</time>` : ""}.</p>
<h2>Why</h2><p data-testid="withdrawn-reason">${escapeHtml(gone.reason)}</p>
<p><a href="/checks">All fact-checks</a> · <a href="/methodology">How we work</a></p>
</main></body></html>`;
}
