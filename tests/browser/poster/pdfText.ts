import { inflateSync } from "node:zlib";
import { PDFDocument, PDFName, PDFRawStream } from "pdf-lib";

// WinAnsi differs from Latin-1 only in 0x80–0x9F; these are the ones French text needs.
const WIN_ANSI: Record<number, string> = {
  0x92: "’",
  0x9c: "œ",
  0x8c: "Œ",
  0x85: "…",
  0x96: "–",
  0x97: "—",
  0x80: "€",
  0x93: "“",
  0x94: "”",
};

function decodeHex(hex: string): string {
  let out = "";
  for (let i = 0; i + 1 < hex.length; i += 2) {
    const code = parseInt(hex.slice(i, i + 2), 16);
    out += WIN_ANSI[code] ?? String.fromCharCode(code);
  }
  return out;
}

/** Page sizes and the text shown (standard-font hex strings drawn with Tj), read back from the PDF bytes. */
export async function readPdf(
  bytes: Uint8Array,
): Promise<{ pages: { width: number; height: number }[]; text: string }> {
  const doc = await PDFDocument.load(bytes);
  const pages = doc.getPages().map((p) => p.getSize());
  const parts: string[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    const filter = object.dict.get(PDFName.of("Filter"));
    const raw = Buffer.from(object.contents);
    let content: string;
    try {
      content = (filter === PDFName.of("FlateDecode") ? inflateSync(raw) : raw).toString("latin1");
    } catch {
      continue;
    }
    for (const m of content.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) parts.push(decodeHex(m[1]!));
  }
  return { pages, text: parts.join("\n") };
}
