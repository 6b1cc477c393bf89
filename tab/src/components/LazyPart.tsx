import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { Component, lazy, Suspense, type ComponentType, type ReactElement, type ReactNode } from "react";
import { useT } from "../i18n/I18nProvider";
import { LoadingRing } from "./LoadingRing";

/** A part of a page in a chunk of its own (a form few people open), fetched when first shown or ahead with preload(). */
export interface LazyPart<P extends object> {
  (props: P): ReactElement;
  /** Fetches ahead (on hover or focus); a failure is left to the render, where PartSlot shows it. */
  preload(): Promise<void>;
  /** After a failed fetch: the next render fetches again instead of throwing the same error. */
  retry(): void;
}

/**
 * Like pages/lazyPage, with a retry: a part is fetched while the page is in use, so a dropped
 * connection must cost the part, never the page around it (PartSlot catches the failure). The
 * poster's editor and the roadmap's forms are parts: most people who open those pages only read them.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
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

/** Where a lazy part shows: a small ring while it comes, a localised error with a retry if it cannot. */
export function PartSlot({
  part,
  loading,
  retryLabel,
  children,
}: {
  part: { retry(): void };
  loading: string;
  retryLabel: string;
  children: ReactNode;
}) {
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
            {retryLabel}
          </Button>
        </div>
      )}
    >
      <Suspense fallback={<LoadingRing label={loading} />}>{children}</Suspense>
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
