/** Recovery codes, shown once right after they are made (only their hashes are stored). */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  return (
    <section aria-label="Recovery codes" className="notice">
      <p>
        <strong>Save these recovery codes now: they are not shown again.</strong> Each one signs you
        in once, instead of a code from your app, if you lose your phone.
      </p>
      <ol data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
    </section>
  );
}
