import { join } from "node:path";
import type { Page } from "playwright-core";
import type { BrowserGlobals } from "./browserGlobals";

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

const AXE_PATH = join(__dirname, "..", "..", "..", "node_modules", "axe-core", "axe.min.js");

/** Runs axe-core (WCAG 2.0/2.1 A and AA, plus best practices) and returns readable violations. */
export async function runAxe(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const { axe, document } = globalThis as unknown as BrowserGlobals;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    });
    return result.violations;
  });
  return (violations as AxeViolation[]).map(
    (v) =>
      `${v.id} (${v.impact ?? "?"}): ${v.help} — ` +
      v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ""}`).join(" | "),
  );
}
