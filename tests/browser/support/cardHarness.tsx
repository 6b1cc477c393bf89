// Bundled by tests/browser/workshop/cardRenderer.test.ts with esbuild: renders one card with the
// light renderer (CardView) or Microsoft's (AdaptiveCardView), records what each click sends,
// and describes what a person sees in terms both renderers share (text, controls, buttons).
import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import { CardView, type CardExecute } from "../../../tab/src/cards/CardView";
import { AdaptiveCardView } from "../../../tab/src/workshop/AdaptiveCardView";

export type Renderer = "light" | "full";

export interface Control {
  readonly probe: string;
  readonly kind: string;
  readonly label: string;
  readonly choices: readonly { readonly probe: string; readonly title: string; readonly value: string }[];
}

export interface CardDescription {
  readonly text: string;
  readonly controls: readonly Control[];
  readonly buttons: readonly string[];
  readonly focused: string | null;
}

const normal = (text: string | null | undefined) => (text ?? "").replace(/\s+/g, " ").trim();

let root: Root | undefined;
let renderer: Renderer = "light";
const executed: CardExecute[] = [];

function render(card: unknown): void {
  const View = renderer === "light" ? CardView : AdaptiveCardView;
  flushSync(() =>
    root?.render(
      <View
        card={card}
        label="Carte de l'étape"
        onExecute={(action) => executed.push(JSON.parse(JSON.stringify(action)) as CardExecute)}
      />,
    ),
  );
}

/** The text that labels a radio group: the fieldset's legend, or the library's label for its container. */
function groupLabel(radio: HTMLInputElement): string {
  const legend = radio.closest("fieldset")?.querySelector("legend");
  if (legend) return normal(legend.textContent);
  for (let el = radio.parentElement; el; el = el.parentElement) {
    const label = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null;
    if (label) return normal(label.textContent);
  }
  return "";
}

function describe(): CardDescription {
  const region = document.querySelector<HTMLElement>("#root [role=region]");
  if (!region) throw new Error("no card region");
  const controls: Control[] = [];
  const groups = new Map<string, Control & { choices: Control["choices"][number][] }>();
  region.querySelectorAll<HTMLElement>("input, textarea, select").forEach((el) => {
    if (el instanceof HTMLInputElement && el.type === "radio") {
      let group = groups.get(el.name);
      if (!group) {
        group = { probe: String(controls.length), kind: "radio", label: groupLabel(el), choices: [] };
        groups.set(el.name, group);
        controls.push(group);
      }
      const probe = `${group.probe}-${group.choices.length}`;
      el.dataset["probe"] = probe;
      group.choices.push({ probe, title: normal(el.labels?.[0]?.textContent), value: el.value });
      return;
    }
    const probe = String(controls.length);
    el.dataset["probe"] = probe;
    const field = el as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    const label = normal([...(field.labels ?? [])].map((l) => l.textContent).join(" "));
    const choices =
      el instanceof HTMLSelectElement
        ? [...el.options].filter((o) => !o.hidden).map((o) => ({ probe, title: normal(o.text), value: o.value }))
        : [];
    controls.push({ probe, kind: el instanceof HTMLInputElement ? `input:${el.type}` : el.localName, label, choices });
  });
  const focused =
    document.activeElement instanceof HTMLElement ? (document.activeElement.dataset["probe"] ?? null) : null;
  return {
    text: normal(region.innerText),
    controls,
    buttons: [...region.querySelectorAll("button")].map((b) => normal(b.textContent)),
    focused,
  };
}

const harness = {
  /** Mounts a fresh card (inputs empty, nothing sent yet). */
  show(which: Renderer, card: unknown): void {
    root?.unmount();
    root = createRoot(document.getElementById("root")!);
    renderer = which;
    executed.length = 0;
    render(card);
  },
  /** The same mounted view, given another card object (as after an answer). */
  update(card: unknown): void {
    render(card);
  },
  executed: (): CardExecute[] => [...executed],
  describe,
};

(window as unknown as { cardHarness: typeof harness }).cardHarness = harness;
export type CardHarness = typeof harness;
