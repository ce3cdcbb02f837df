import { serializeJsonLd } from "@/lib/publishing/build-claim-review";

export function JsonLd({ data }: { data: unknown }) {
  return (
    <script
      type="application/ld+json"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON-LD must be raw; serializeJsonLd escapes every "<" and U+2028/9
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  );
}
