// A verdict's analysis (Markdown) drawn into the PDF: paragraphs, headings, lists, quotes,
// bold, italics, code and links, parsed by mdast-util-from-markdown (the parser the page uses).
// Raw HTML is dropped, as on the page.
import { fromMarkdown } from "mdast-util-from-markdown";
import type { PdfFonts } from "./pdf-fonts";

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  depth?: number;
  ordered?: boolean | null;
  start?: number | null;
  children?: MdNode[];
}

interface Run {
  text: string;
  font: string;
  link?: string;
}

function runsOf(nodes: MdNode[], fonts: PdfFonts, font: string, link?: string): Run[] {
  const out: Run[] = [];
  for (const n of nodes) {
    switch (n.type) {
      case "text":
      case "inlineCode":
        out.push({ text: n.value ?? "", font, link });
        break;
      case "strong":
        out.push(...runsOf(n.children ?? [], fonts, fonts.bold, link));
        break;
      case "emphasis":
        out.push(...runsOf(n.children ?? [], fonts, fonts.italic, link));
        break;
      case "link": {
        const safe = /^https?:\/\//i.test(n.url ?? "") ? n.url : undefined;
        out.push(...runsOf(n.children ?? [], fonts, font, safe));
        break;
      }
      case "break":
        out.push({ text: "\n", font, link });
        break;
      default:
        if (n.children) out.push(...runsOf(n.children, fonts, font, link));
    }
  }
  return out;
}

function drawRuns(doc: PDFKit.PDFDocument, runs: Run[], options: PDFKit.Mixins.TextOptions = {}) {
  const visible = runs.filter((r) => r.text !== "");
  if (visible.length === 0) return;
  visible.forEach((r, i) => {
    doc
      .font(r.font)
      .fillColor(r.link ? "#0b5394" : "#000000")
      .text(r.text, {
        ...options,
        link: r.link ?? undefined,
        underline: !!r.link,
        continued: i < visible.length - 1,
      });
  });
  doc.fillColor("#000000");
}

function drawBlock(doc: PDFKit.PDFDocument, node: MdNode, fonts: PdfFonts, indent: number) {
  switch (node.type) {
    case "heading":
      doc.moveDown(0.3);
      drawRuns(doc, runsOf(node.children ?? [], fonts, fonts.bold), { indent });
      doc.moveDown(0.2);
      break;
    case "paragraph":
      drawRuns(doc, runsOf(node.children ?? [], fonts, fonts.regular), { indent });
      doc.moveDown(0.4);
      break;
    case "list":
      (node.children ?? []).forEach((item, i) => {
        const marker = node.ordered ? `${(node.start ?? 1) + i}.` : "•";
        const [first, ...rest] = item.children ?? [];
        const runs = first ? runsOf(first.children ?? [], fonts, fonts.regular) : [];
        drawRuns(doc, [{ text: `${marker} `, font: fonts.regular }, ...runs], {
          indent: indent + 10,
        });
        for (const child of rest) drawBlock(doc, child, fonts, indent + 20);
      });
      doc.moveDown(0.4);
      break;
    case "blockquote":
      for (const child of node.children ?? []) drawBlock(doc, child, fonts, indent + 16);
      break;
    case "code":
      doc.font(fonts.regular).text(node.value ?? "", { indent: indent + 10 });
      doc.moveDown(0.4);
      break;
    case "thematicBreak":
      doc.moveDown(0.5);
      break;
    default:
      // html and anything unknown: not drawn (the page drops raw HTML too)
      break;
  }
}

export function drawMarkdown(doc: PDFKit.PDFDocument, markdown: string, fonts: PdfFonts) {
  const tree = fromMarkdown(markdown) as MdNode;
  for (const node of tree.children ?? []) drawBlock(doc, node, fonts, 0);
}
