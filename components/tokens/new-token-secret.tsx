"use client";

import { useState } from "react";

/** A token just created: shown this once (only its hash is stored), with a copy button. */
export function NewTokenSecret({ name, token }: { name: string; token: string }) {
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  const copy = () =>
    navigator.clipboard.writeText(token).then(
      () => setCopied("yes"),
      () => setCopied("failed"),
    );
  return (
    <section className="notice" aria-label="New access token">
      <p>
        <strong>Token “{name}” created. Copy it now: it is not shown again.</strong> Send it as{" "}
        <code>Authorization: Bearer …</code>.
      </p>
      <p>
        <code data-testid="new-token">{token}</code>{" "}
        <button type="button" className="small secondary" onClick={copy}>
          Copy token
        </button>{" "}
        {copied && (
          <span role="status">
            {copied === "yes" ? "Copied." : "Copying failed: select the token and copy it."}
          </span>
        )}
      </p>
    </section>
  );
}
