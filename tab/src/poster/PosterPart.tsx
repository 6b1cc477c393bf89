import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { Component, lazy, Suspense, type ComponentType, type ReactElement, type ReactNode } from "react";
import { useT } from "../i18n/I18nProvider";
import { PosterLoading } from "./PosterLoading";

const useStyles = makeStyles({
  failure: { display: "flex", flexDirection: "column", alignItems: "flex-start", rowGap: tokens.spacingVerticalS },
});

/** A part of the poster page in a chunk of its own, fetched when first shown or ahead with preload(). */
export interface LazyPosterPart<P extends object> {
  (props: P): ReactElement;
  preload(): Promise<void>;
  /** After a failed fetch: the next render fetches again instead of throwing the same error. */
  retry(): void;
}

/**
 * Like pages/lazyPage, with a retry: a part is fetched while the page is in use, so a dropped
 * connection must cost the part, never the page around it (PosterPart catches the failure).
 */
export function lazyPosterPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPosterPart<P> {
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
  Part.preload = () => fetchPart().then(() => undefined);
  Part.retry = () => {
    if (!loaded) Suspending = suspending();
  };
  return Part;
}

/** Where a lazy part shows: a small spinner while it comes, a localised error with a retry if it cannot. */
export function PosterPart({
  part,
  loading,
  children,
}: {
  part: LazyPosterPart<never>;
  loading: string;
  children: ReactNode;
}) {
  const styles = useStyles();
  const t = useT();
  return (
    <PartBoundary
      failure={(retry) => (
        <div className={styles.failure}>
          <MessageBar layout="multiline" intent="error" role="alert">
            <MessageBarBody>{t("error.network")}</MessageBarBody>
          </MessageBar>
          <Button
            onClick={() => {
              part.retry();
              retry();
            }}
          >
            {t("poster.part.retry")}
          </Button>
        </div>
      )}
    >
      <Suspense fallback={<PosterLoading label={loading} />}>{children}</Suspense>
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
