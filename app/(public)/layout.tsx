import Link from "next/link";

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <header className="public-header">
        <Link href="/checks">Claimdesk fact-checks</Link>
      </header>
      <main>{children}</main>
    </>
  );
}
