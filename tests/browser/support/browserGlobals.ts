/**
 * The few DOM shapes the tests touch inside page.evaluate. The root tsconfig has no DOM lib
 * (it type-checks Node code), so callbacks read `globalThis as unknown as BrowserGlobals`.
 */
export interface PageElement {
  readonly id: string;
  readonly textContent: string | null;
  type?: string;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  append(...nodes: PageElement[]): void;
}

export interface BrowserGlobals {
  readonly document: {
    readonly activeElement: PageElement | null;
    querySelector(selector: string): PageElement | null;
    querySelectorAll(selector: string): ArrayLike<PageElement>;
    createElement(tag: string): PageElement;
  };
  axe: {
    run(context: unknown, options: object): Promise<{ violations: unknown[] }>;
  };
  marker?: number;
}
