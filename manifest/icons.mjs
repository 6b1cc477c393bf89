// Draws the two app icons once; the PNGs are committed, so this only runs when the mark changes:
//   node manifest/icons.mjs
// The mark: two overlapping rounded shapes, one for the agents, one for the usagers; where they
// overlap is what they build together.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import pngjs from "pngjs";

const { PNG } = pngjs;
const here = dirname(fileURLToPath(import.meta.url));

// Accent colour of the manifest, so the icon and Teams' tile background agree.
export const ACCENT = [0x1f, 0x4e, 0x8c];
const AGENTS = [0xff, 0xff, 0xff];
const USAGERS = [0xf6, 0xb2, 0x3c];
const TOGETHER = [0xfc, 0xe1, 0xa6];

/** Signed distance to a rounded square centred on (cx, cy): negative inside. */
function roundedSquare(x, y, cx, cy, half, radius) {
  const qx = Math.abs(x - cx) - (half - radius);
  const qy = Math.abs(y - cy) - (half - radius);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - radius;
}

/** Shapes in a 0..1 unit square, shared by both icons so they read as the same mark. */
function shapes(u, v) {
  return {
    agents: roundedSquare(u, v, 0.4, 0.42, 0.22, 0.12),
    usagers: roundedSquare(u, v, 0.6, 0.58, 0.22, 0.12),
  };
}

// 4x4 supersampling: anti-aliased edges without a drawing library.
const SAMPLES = 4;

function render(size, shade) {
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy += 1) {
        for (let sx = 0; sx < SAMPLES; sx += 1) {
          const u = (x + (sx + 0.5) / SAMPLES) / size;
          const v = (y + (sy + 0.5) / SAMPLES) / size;
          const [r, g, b, a] = shade(u, v);
          acc[0] += r * a;
          acc[1] += g * a;
          acc[2] += b * a;
          acc[3] += a;
        }
      }
      const i = (y * size + x) * 4;
      const alpha = acc[3] / (SAMPLES * SAMPLES);
      for (let c = 0; c < 3; c += 1) png.data[i + c] = acc[3] > 0 ? Math.round(acc[c] / acc[3]) : 0;
      png.data[i + 3] = Math.round(alpha * 255);
    }
  }
  return PNG.sync.write(png);
}

/** Full colour: accent background with rounded corners, white agents, warm usagers. */
function colorShade(u, v) {
  const tile = roundedSquare(u, v, 0.5, 0.5, 0.5, 0.16);
  if (tile > 0) return [0, 0, 0, 0];
  const { agents, usagers } = shapes(u, v);
  if (agents <= 0 && usagers <= 0) return [...TOGETHER, 1];
  if (agents <= 0) return [...AGENTS, 1];
  if (usagers <= 0) return [...USAGERS, 1];
  return [...ACCENT, 1];
}

/** Outline: white strokes on transparency, as Teams requires; the overlap stays visible. */
function outlineShade(u, v) {
  const { agents, usagers } = shapes(u, v);
  const stroke = 0.055;
  const onEdge = (d) => d <= 0 && d > -stroke;
  return onEdge(agents) || onEdge(usagers) ? [255, 255, 255, 1] : [255, 255, 255, 0];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(join(here, "color.png"), render(192, colorShade));
  writeFileSync(join(here, "outline.png"), render(32, outlineShade));
  console.log(`Wrote ${join(here, "color.png")} (192x192) and ${join(here, "outline.png")} (32x32)`);
}
