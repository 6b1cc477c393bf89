import { chromium } from "playwright-core";
const base = "http://127.0.0.1:3992";
const pages = process.argv.slice(2);
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox"] });
for (const spec of pages) {
  const [path, name, locale = "fr-FR", w = "1100", h = "1400"] = spec.split("|");
  const p = await b.newPage({ viewport: { width: Number(w), height: Number(h) }, locale });
  await p.goto(base + path);
  await p.waitForTimeout(2500);
  if (name.endsWith("-scrolled")) { await p.evaluate(() => window.scrollBy(0, 700)); await p.waitForTimeout(300); } await p.screenshot({ path: `/tmp/shot-${name}.png` });
  await p.close();
}
await b.close();
