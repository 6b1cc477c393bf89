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

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA, plus best practices) and returns readable violations.
 * Fluent's keyboard-navigation sentinels (`data-tabster-dummy`, e.g. around a TabList) are left
 * out: they are focusable and aria-hidden on purpose, to hand focus on at once — a known false
 * positive of aria-hidden-focus that Fluent closed "by design" (microsoft/fluentui#27517).
 */
export async function runAxe(page: Page): Promise<string[]> {
  // Fluent fades colours in and out (a button turning disabled while its action runs): axe measuring
  // mid-transition reports a contrast no one sees for long. Let finite animations end first (2 s at most).
  await page.evaluate(async () => {
    type Anim = { finished: Promise<unknown>; effect: { getComputedTiming(): { endTime?: number | string } } | null };
    const doc = (globalThis as unknown as { document: { getAnimations(): Anim[] } }).document;
    const finite = doc.getAnimations().filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)));
    await Promise.race([
      Promise.all(finite.map((a) => a.finished.catch(() => undefined))),
      new Promise((r) => setTimeout(r, 2000)),
    ]);
  });
  await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const { axe, document } = globalThis as unknown as BrowserGlobals;
    const result = await axe.run(
      { include: [document], exclude: [["[data-tabster-dummy]"]] },
      {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
      },
    );
    return result.violations;
  });
  return (violations as AxeViolation[]).map(
    (v) =>
      `${v.id} (${v.impact ?? "?"}): ${v.help} — ` +
      v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ""}`).join(" | "),
  );
}
