import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";
import { commitmentText } from "../../domain/commitmentText";
import type { Poster, PosterStatus } from "../../domain/poster";
import { COMMIT_PARTIES, type CommitParty } from "../../domain/workshopTemplate";
import type { Locale } from "../../i18n/locale";
import { translator } from "../../i18n/translate";

export const PAGE_SIZES = { A4: [595.28, 841.89], A3: [841.89, 1190.55] } as const;
export type PageSize = keyof typeof PAGE_SIZES;

export interface PosterPrintInput {
  readonly poster: Poster;
  readonly status: PosterStatus;
  readonly serviceName: string;
  /** The date printed in the footer (validation or edition date). */
  readonly date: Date;
  readonly locale: Locale;
  readonly size: PageSize;
}

const INK = rgb(0.11, 0.15, 0.24);
const BAND = rgb(0.0, 0.29, 0.55);
const PARTY_COLOURS: Record<CommitParty, ReturnType<typeof rgb>> = {
  agents: rgb(0.0, 0.42, 0.55),
  usagers: rgb(0.55, 0.22, 0.45),
  both: rgb(0.2, 0.45, 0.18),
};
const PILL = rgb(0.9, 0.94, 0.98);

export function formatPosterDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/Paris",
  }).format(date);
}

/** Standard PDF fonts use WinAnsi: French accents, « » ’ œ are in it; anything else becomes a plain look-alike or "?". */
function safeText(font: PDFFont, text: string): string {
  const supported = new Set(font.getCharacterSet());
  return Array.from(text.normalize("NFC"))
    .map((ch) => {
      if (supported.has(ch.codePointAt(0) ?? 0)) return ch;
      const base = ch.normalize("NFD").replace(/\p{M}/gu, "");
      return base.length > 0 && Array.from(base).every((b) => supported.has(b.codePointAt(0) ?? 0)) ? base : "?";
    })
    .join("");
}

function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= width || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

interface Fonts {
  readonly regular: PDFFont;
  readonly bold: PDFFont;
}

/** Draws the poster at a scale; returns the lowest y reached so the caller can shrink to fit. */
function drawPoster(
  page: PDFPage | undefined,
  fonts: Fonts,
  input: PosterPrintInput,
  scale: number,
  pageWidth: number,
  pageHeight: number,
): number {
  const t = translator(input.locale);
  const k = pageWidth / 595.28;
  const margin = 48 * k;
  const width = pageWidth - 2 * margin;
  const s = (n: number) => n * k * scale;
  let y = pageHeight;

  // Top band: app title and the service, readable from across a reception hall.
  const bandHeight = 150 * k;
  page?.drawRectangle({ x: 0, y: pageHeight - bandHeight, width: pageWidth, height: bandHeight, color: BAND });
  const title = safeText(fonts.bold, t("poster.title"));
  const titleSize = Math.min(30 * k, (width / fonts.bold.widthOfTextAtSize(title, 1)) * 0.95);
  page?.drawText(title, { x: margin, y: pageHeight - 62 * k, size: titleSize, font: fonts.bold, color: rgb(1, 1, 1) });
  const service = safeText(fonts.regular, input.serviceName);
  page?.drawText(service, {
    x: margin,
    y: pageHeight - 105 * k,
    size: Math.min(22 * k, (width / Math.max(1, fonts.regular.widthOfTextAtSize(service, 1))) * 0.95),
    font: fonts.regular,
    color: rgb(1, 1, 1),
  });
  y = pageHeight - bandHeight - s(40);

  // Qualities: large centred words in soft pills.
  const qHead = safeText(fonts.bold, t("poster.qualities"));
  page?.drawText(qHead, { x: margin, y, size: s(18), font: fonts.bold, color: INK });
  y -= s(26);
  const pillSize = s(24);
  const pad = s(14);
  const gap = s(12);
  const rows: { text: string; w: number }[][] = [[]];
  let rowWidth = 0;
  for (const q of input.poster.qualities) {
    const text = safeText(fonts.bold, q.text);
    const w = Math.min(width, fonts.bold.widthOfTextAtSize(text, pillSize) + 2 * pad);
    const current = rows[rows.length - 1]!;
    if (current.length > 0 && rowWidth + gap + w > width) {
      rows.push([{ text, w }]);
      rowWidth = w;
    } else {
      current.push({ text, w });
      rowWidth += (current.length > 1 ? gap : 0) + w;
    }
  }
  const pillHeight = pillSize + s(18);
  for (const row of rows) {
    const total = row.reduce((sum, p) => sum + p.w, 0) + gap * (row.length - 1);
    let x = margin + (width - total) / 2;
    y -= pillHeight;
    for (const p of row) {
      page?.drawRectangle({
        x,
        y,
        width: p.w,
        height: pillHeight,
        color: PILL,
        borderColor: BAND,
        borderWidth: 1.5 * k,
      });
      page?.drawText(p.text, { x: x + pad, y: y + s(12), size: pillSize, font: fonts.bold, color: BAND });
      x += p.w + gap;
    }
    y -= gap;
  }
  y -= s(26);

  // Commitments, in three groups with a coloured rule each.
  page?.drawText(safeText(fonts.bold, t("poster.commitments")), {
    x: margin,
    y,
    size: s(18),
    font: fonts.bold,
    color: INK,
  });
  y -= s(14);
  const bodySize = s(14);
  for (const party of COMMIT_PARTIES) {
    const items = input.poster.commitments[party];
    if (items.length === 0) continue;
    y -= s(26);
    page?.drawRectangle({ x: margin, y: y - s(4), width: 6 * k, height: s(22), color: PARTY_COLOURS[party] });
    page?.drawText(safeText(fonts.bold, t(`poster.party.${party}`)), {
      x: margin + 14 * k,
      y,
      size: s(16),
      font: fonts.bold,
      color: PARTY_COLOURS[party],
    });
    y -= s(8);
    for (const c of items) {
      const lines = wrap(
        fonts.regular,
        safeText(fonts.regular, commitmentText(party, c.text, input.locale)),
        bodySize,
        width - 30 * k,
      );
      y -= s(6);
      lines.forEach((line, i) => {
        y -= bodySize * 1.3;
        if (i === 0)
          page?.drawCircle({ x: margin + 18 * k, y: y + bodySize * 0.35, size: 2.5 * k, color: PARTY_COLOURS[party] });
        page?.drawText(line, { x: margin + 30 * k, y, size: bodySize, font: fonts.regular, color: INK });
      });
    }
  }

  // Footer: who validated, the service and the date.
  const footerY = 40 * k;
  const validated =
    input.status.state === "validated"
      ? t("poster.validatedByAll", { total: input.status.total })
      : input.status.state === "closedByCoordinator"
        ? t("poster.validatedBy", { approvals: input.status.approvals, total: input.status.total })
        : t("poster.awaiting", {
            version: input.status.version,
            approvals: input.status.approvals,
            total: input.status.total,
          });
  page?.drawLine({
    start: { x: margin, y: footerY + 26 * k },
    end: { x: pageWidth - margin, y: footerY + 26 * k },
    thickness: 1 * k,
    color: BAND,
  });
  page?.drawText(safeText(fonts.bold, validated), {
    x: margin,
    y: footerY + 8 * k,
    size: 11 * k,
    font: fonts.bold,
    color: INK,
  });
  page?.drawText(
    safeText(
      fonts.regular,
      t("poster.footer", { service: input.serviceName, date: formatPosterDate(input.date, input.locale) }),
    ),
    {
      x: margin,
      y: footerY - 8 * k,
      size: 10 * k,
      font: fonts.regular,
      color: INK,
    },
  );
  return y;
}

/** A one-page, print-ready poster (A4 or A3 portrait), shrunk until its content fits above the footer. */
export async function renderPosterPdf(input: PosterPrintInput): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const [w, h] = PAGE_SIZES[input.size];
  const fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
  const floor = 90 * (w / 595.28);
  let scale = 1;
  while (scale > 0.4 && drawPoster(undefined, fonts, input, scale, w, h) < floor) scale *= 0.92;
  const page = doc.addPage([w, h]);
  drawPoster(page, fonts, input, scale, w, h);
  const t = translator(input.locale);
  doc.setTitle(`${t("poster.title")} — ${input.serviceName}`);
  doc.setLanguage(input.locale === "fr" ? "fr-FR" : "en-GB");
  doc.setCreator(t("poster.title"));
  // Fixed dates keep the file byte-for-byte reproducible for the same poster.
  doc.setCreationDate(input.date);
  doc.setModificationDate(input.date);
  return doc.save({ useObjectStreams: false });
}
