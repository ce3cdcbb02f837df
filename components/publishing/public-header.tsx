// The public site's header: the Next layout of /checks, /corrections and /methodology and every
// published fact-check page (rendered once, outside Next) show the same one. Plain links: public
// pages run no script, so client-side navigation would never start anyway.
export function PublicHeader() {
  return (
    <header className="public-header">
      <a href="/checks">Claimdesk fact-checks</a>
      <nav aria-label="Site" className="public-nav">
        <a href="/corrections">Corrections</a>
        <a href="/methodology">Methodology</a>
      </nav>
    </header>
  );
}
