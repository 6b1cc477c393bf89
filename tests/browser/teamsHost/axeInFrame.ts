import { readFileSync } from "node:fs";
import type { Frame, Page } from "playwright-core";
import { runAxe } from "../support/runAxe";

/**
 * runAxe on the tab's frame inside the Teams host. runAxe uses only evaluate and addScriptTag; in
 * the frame, a script tag would be refused by the tab's CSP (script-src 'self'), which these tests
 * keep on (no bypassCSP, so frame-ancestors is checked too). axe is therefore evaluated in the frame
 * through the DevTools protocol, which CSP does not govern, instead of added as a tag.
 */
export function runAxeInFrame(frame: Frame): Promise<string[]> {
  const target = {
    evaluate: frame.evaluate.bind(frame),
    addScriptTag: async ({ path }: { path: string }) => {
      await frame.evaluate(readFileSync(path, "utf8"));
    },
  };
  // runAxe is typed for a Page; the two members it uses behave the same on a Frame.
  return runAxe(target as unknown as Page);
}
