/**
 * The DOM shapes these tests read inside the tab's frame. The root tsconfig has no DOM lib (it
 * type-checks Node code), so evaluate callbacks read `globalThis as unknown as FrameGlobals`.
 */
export interface FrameElement {
  readonly tagName: string;
  readonly id: string;
  readonly textContent: string | null;
  readonly parentElement: FrameElement | null;
  getBoundingClientRect(): { readonly right: number };
}

export interface FrameGlobals {
  readonly innerWidth: number;
  readonly document: {
    readonly documentElement: { readonly scrollWidth: number; readonly clientWidth: number };
    querySelector(selector: string): FrameElement | null;
    querySelectorAll(selector: string): ArrayLike<FrameElement>;
  };
  getComputedStyle(element: FrameElement): { readonly backgroundColor: string; readonly color: string };
}
