import { commitmentText } from "../../../bot/src/domain/commitmentText";
import type { Translate } from "../i18n/I18nProvider";
import type { Locale } from "../i18n/locale";
import { PARTY_COLOURS } from "./PosterSheet";
import { formatDay, validationLine } from "./posterText";
import type { Poster, PosterStatus } from "../../../bot/src/domain/poster";
import { COMMIT_PARTIES } from "../../../bot/src/domain/workshopTemplate";

const WIDTH = 1240; // A4 at 150 dpi
const HEIGHT = 1754;

function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (ctx.measureText(candidate).width <= width || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Draws the poster on a canvas (A4 proportions, 150 dpi) for the PNG download, same layout as the PDF. */
export function drawPosterCanvas(
  canvas: HTMLCanvasElement,
  poster: Poster,
  status: PosterStatus,
  serviceName: string,
  t: Translate,
  locale: Locale,
): void {
  canvas.width = WIDTH;
  canvas.height = HEIGHT;
  const ctx = canvas.getContext("2d");
  if (!ctx) return;
  const margin = 100;
  const width = WIDTH - 2 * margin;
  const font = (size: number, bold = false) =>
    `${bold ? "700 " : ""}${size}px 'Segoe UI', 'Helvetica Neue', Arial, sans-serif`;
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, WIDTH, HEIGHT);
  ctx.fillStyle = "#004b8c";
  ctx.fillRect(0, 0, WIDTH, 300);
  ctx.fillStyle = "#ffffff";
  ctx.font = font(60, true);
  ctx.fillText(t("poster.sheet.title"), margin, 130, width);
  ctx.font = font(42);
  ctx.fillText(serviceName, margin, 220, width);

  let y = 390;
  ctx.fillStyle = "#1c2640";
  ctx.font = font(36, true);
  ctx.fillText(t("poster.sheet.qualities"), margin, y);
  y += 40;
  ctx.font = font(48, true);
  const rows: { text: string; w: number }[][] = [[]];
  let rowWidth = 0;
  for (const q of poster.qualities) {
    const w = Math.min(width, ctx.measureText(q.text).width + 60);
    const row = rows[rows.length - 1]!;
    if (row.length > 0 && rowWidth + 24 + w > width) {
      rows.push([{ text: q.text, w }]);
      rowWidth = w;
    } else {
      row.push({ text: q.text, w });
      rowWidth += (row.length > 1 ? 24 : 0) + w;
    }
  }
  for (const row of rows) {
    const total = row.reduce((s, p) => s + p.w, 0) + 24 * (row.length - 1);
    let x = margin + (width - total) / 2;
    for (const p of row) {
      ctx.fillStyle = "#e6f0fa";
      ctx.strokeStyle = "#004b8c";
      ctx.lineWidth = 4;
      ctx.beginPath();
      ctx.roundRect(x, y, p.w, 80, 40);
      ctx.fill();
      ctx.stroke();
      ctx.fillStyle = "#004b8c";
      ctx.fillText(p.text, x + 30, y + 57, p.w - 60);
      x += p.w + 24;
    }
    y += 104;
  }

  y += 40;
  ctx.fillStyle = "#1c2640";
  ctx.font = font(36, true);
  ctx.fillText(t("poster.sheet.commitments"), margin, y);
  for (const party of COMMIT_PARTIES) {
    if (poster.commitments[party].length === 0) continue;
    y += 70;
    ctx.fillStyle = PARTY_COLOURS[party];
    ctx.fillRect(margin, y - 34, 12, 44);
    ctx.font = font(34, true);
    ctx.fillText(t(`poster.party.${party}`), margin + 28, y);
    ctx.font = font(30);
    for (const c of poster.commitments[party]) {
      y += 14;
      wrap(ctx, commitmentText(party, c.text, locale), width - 60).forEach((line, i) => {
        y += 40;
        ctx.fillStyle = PARTY_COLOURS[party];
        if (i === 0) ctx.fillText("•", margin + 30, y);
        ctx.fillStyle = "#1c2640";
        ctx.fillText(line, margin + 60, y);
      });
    }
  }

  ctx.fillStyle = "#004b8c";
  ctx.fillRect(margin, HEIGHT - 150, width, 4);
  ctx.fillStyle = "#1c2640";
  ctx.font = font(26, true);
  ctx.fillText(validationLine(status, t), margin, HEIGHT - 105, width);
  ctx.font = font(24);
  ctx.fillText(
    t("poster.sheet.footer", { service: serviceName, date: formatDay(poster.closed?.at ?? poster.updatedAt, locale) }),
    margin,
    HEIGHT - 70,
    width,
  );
}
