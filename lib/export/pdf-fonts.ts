// The report's typeface: DejaVu Sans from the dejavu-fonts-ttf package (Latin, Cyrillic, Greek),
// embedded and subset by pdfkit, so names like Викторов print as written on any machine.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

export interface PdfFonts {
  regular: string;
  bold: string;
  italic: string;
}

const FILES = {
  regular: "DejaVuSans.ttf",
  bold: "DejaVuSans-Bold.ttf",
  italic: "DejaVuSans-Oblique.ttf",
} as const;

function fontDir(): string {
  const candidates: string[] = [];
  try {
    const require = createRequire(import.meta.url);
    candidates.push(
      path.join(path.dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf"),
    );
  } catch {
    // Bundled server code may not resolve packages this way; the project folder still has it.
  }
  candidates.push(path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf"));
  const dir = candidates.find((d) => existsSync(path.join(d, FILES.regular)));
  if (!dir) throw new Error("dejavu-fonts-ttf is not installed: run npm install");
  return dir;
}

export function registerPdfFonts(doc: PDFKit.PDFDocument): PdfFonts {
  const dir = fontDir();
  for (const [name, file] of Object.entries(FILES)) doc.registerFont(name, path.join(dir, file));
  return { regular: "regular", bold: "bold", italic: "italic" };
}
