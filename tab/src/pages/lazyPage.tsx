import { lazy, type ComponentType, type ReactElement } from "react";

export interface LazyPage<P extends object> {
  (props: P): ReactElement;
  /** Fetches the page's chunk; once it is there, the page renders without suspending. */
  preload(): Promise<void>;
}

/**
 * A page in a chunk of its own: React.lazy, plus preload(). main.tsx fetches the first page's chunk
 * while the app starts, so the first render finds it and never shows the Suspense fallback: React
 * holds back what replaces a fallback for 300 ms after it appeared (FALLBACK_THROTTLE_MS), which
 * an usager on a phone would wait for on every visit. Pages reached in the app still suspend once.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let loaded: ComponentType<P> | undefined;
  const remember = () =>
    load().then((component) => {
      loaded = component;
      return component;
    });
  // Set before React sees the lazy resolve, so no render after that goes through it: the page is
  // never mounted under one type and then re-rendered under the other (which would remount it).
  const Suspending = lazy(() => remember().then((component) => ({ default: component })));
  const Page = (props: P): ReactElement => {
    const Component: ComponentType<P> = loaded ?? (Suspending as unknown as ComponentType<P>);
    return <Component {...props} />;
  };
  Page.preload = () => remember().then(() => undefined);
  return Page;
}
