import Link from "next/link";

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <header className="public-header">
        <Link href="/checks">Claimdesk fact-checks</Link>
        <nav aria-label="Site" className="public-nav">
          <Link href="/corrections">Corrections</Link>
          <Link href="/methodology">Methodology</Link>
        </nav>
      </header>
      <main>{children}</main>
    </>
  );
}
