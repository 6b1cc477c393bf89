import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { Component, lazy, Suspense, type ComponentType, type ReactElement, type ReactNode } from "react";
import { useT } from "../i18n/I18nProvider";
import { RoadmapLoading } from "./RoadmapLoading";

/** An edit form of the roadmap page in a chunk of its own, fetched when asked for or ahead with preload(). */
export interface LazyRoadmapPart<P extends object> {
  (props: P): ReactElement;
  preload(): Promise<void>;
  /** After a failed fetch: the next render fetches again instead of throwing the same error. */
  retry(): void;
}

/**
 * Like pages/lazyPage, with a retry. Most people who open the roadmap only read it, so its forms
 * (Field, Input, Select, SpinButton, Textarea and the tabster they bring: ~35 KB gzip) come only
 * when someone asks to edit; a dropped connection then costs that form, never the page around it.
 */
export function lazyRoadmapPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyRoadmapPart<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const fetchPart = () =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  const suspending = () => lazy(() => fetchPart().then((component) => ({ default: component })));
  let Suspending = suspending();
  const Part = (props: P): ReactElement => {
    const Loaded: ComponentType<P> = loaded ?? (Suspending as unknown as ComponentType<P>);
    return <Loaded {...props} />;
  };
  // A prefetch on hover or focus that fails is retried by the click; nothing to report here.
  Part.preload = () =>
    fetchPart().then(
      () => undefined,
      () => undefined,
    );
  Part.retry = () => {
    if (!loaded) Suspending = suspending();
  };
  return Part;
}

const useStyles = makeStyles({
  failure: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteRedBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder1}`,
    color: tokens.colorNeutralForeground1,
  },
});

/** Where a lazy form shows: a small spinner while it comes, a localised error with a retry if it cannot. */
export function RoadmapPart({ part, children }: { part: { retry(): void }; children: ReactNode }) {
  const t = useT();
  const styles = useStyles();
  return (
    <PartBoundary
      failure={(retry) => (
        <div className={styles.failure}>
          <span role="alert">{t("error.network")}</span>
          <Button
            onClick={() => {
              part.retry();
              retry();
            }}
          >
            {t("roadmap.edit.retry")}
          </Button>
        </div>
      )}
    >
      <Suspense fallback={<RoadmapLoading label={t("roadmap.edit.loading")} />}>{children}</Suspense>
    </PartBoundary>
  );
}

class PartBoundary extends Component<
  { failure: (retry: () => void) => ReactNode; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.failure(() => this.setState({ failed: false })) : this.props.children;
  }
}
