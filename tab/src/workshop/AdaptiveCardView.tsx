import * as AC from "adaptivecards";
import { useEffect, useRef } from "react";

export interface CardExecute {
  readonly verb: string;
  readonly data: Record<string, unknown>;
}

// Large, friendly, readable on a phone; colours kept at WCAG AA contrast on white.
const hostConfig = new AC.HostConfig({
  fontFamily: "Segoe UI, system-ui, sans-serif",
  fontSizes: { small: 14, default: 16, medium: 19, large: 23, extraLarge: 28 },
  spacing: { small: 6, default: 10, medium: 16, large: 22, extraLarge: 30, padding: 16 },
  containerStyles: {
    default: {
      backgroundColor: "#FFFFFF",
      foregroundColors: {
        default: { default: "#242424", subtle: "#4A4A4A" },
        accent: { default: "#0F548C", subtle: "#0F548C" },
        good: { default: "#0E700E", subtle: "#0E700E" },
        attention: { default: "#B10E1C", subtle: "#B10E1C" },
        warning: { default: "#8A3707", subtle: "#8A3707" },
      },
    },
  },
  actions: {
    actionsOrientation: "horizontal",
    actionAlignment: "left",
    buttonSpacing: 8,
    maxActions: 6,
    showCard: { actionMode: "inline" },
  },
});

/**
 * Renders the card JSON the bot sends to Teams, in the browser, with Microsoft's renderer; an
 * Action.Execute click hands its verb and data (inputs included) to `onExecute`.
 */
export function AdaptiveCardView({
  card,
  onExecute,
  label,
}: {
  card: unknown;
  onExecute: (action: CardExecute) => void;
  label: string;
}) {
  const host = useRef<HTMLDivElement>(null);
  // The latest handler, so a new closure each render does not render the card again.
  const execute = useRef(onExecute);
  useEffect(() => {
    execute.current = onExecute;
  });

  useEffect(() => {
    const target = host.current;
    if (!target) return;
    const adaptive = new AC.AdaptiveCard();
    adaptive.hostConfig = hostConfig;
    adaptive.onExecuteAction = (action) => {
      if (action instanceof AC.ExecuteAction || action instanceof AC.SubmitAction) {
        const verb = action instanceof AC.ExecuteAction ? (action.verb ?? "") : "";
        execute.current({ verb, data: (action.data ?? {}) as Record<string, unknown> });
      }
    };
    adaptive.parse(card);
    const rendered = adaptive.render();
    // The renderer marks "heading" text blocks role=heading without a level; the page's h1 is above them.
    rendered?.querySelectorAll("[role=heading]:not([aria-level])").forEach((el) => el.setAttribute("aria-level", "2"));
    // The renderer's inline « overflow-wrap: break-word » still sizes the card to the longest word:
    // what people typed and the join address would widen the page past a phone's screen.
    rendered
      ?.querySelectorAll<HTMLElement>(".ac-textBlock, .ac-richTextBlock")
      .forEach((el) => (el.style.overflowWrap = "anywhere"));
    // A row of buttons (« +1 gommette », « Retirer une gommette ») goes on two lines on a narrow phone.
    rendered?.querySelectorAll<HTMLElement>(".ac-actionSet").forEach((el) => {
      el.style.flexWrap = "wrap";
      el.style.rowGap = `${hostConfig.actions.buttonSpacing}px`;
    });
    target.replaceChildren(...(rendered ? [rendered] : []));
    return () => target.replaceChildren();
  }, [card]);

  return <div ref={host} role="region" aria-label={label} />;
}
