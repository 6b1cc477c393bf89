import { lazy, Suspense, useId, useMemo, useState, type JSX, type ReactNode } from "react";
import {
  inputsOf,
  supportedCard,
  type CardElement,
  type CardInput,
  type ChoiceInput,
  type ExecuteAction,
  type SupportedCard,
  type TextBlock,
  type TextRun,
} from "./cardModel";
import { formatText } from "./formatText";
import { gatherInputs, valueOf, type InputValues } from "./gatherInputs";
// In the stylesheet of every app that shows a card (the usagers' join page, the staff's side panel).
import "./card.css";

export interface CardExecute {
  readonly verb: string;
  readonly data: Record<string, unknown>;
}

interface CardProps {
  card: unknown;
  onExecute: (action: CardExecute) => void;
  label: string;
}

// Microsoft's renderer weighs ~83 KB gzip: only a card outside the subset ever downloads it.
const FullCardView = lazy(() => import("../workshop/AdaptiveCardView").then((m) => ({ default: m.AdaptiveCardView })));

/**
 * An Adaptive Card the bot sends, drawn with a few React elements when it stays within the subset
 * the workshop's participant cards use (see cardModel.ts), with the `adaptivecards` library
 * otherwise; either way an Action.Execute click hands its verb and data (inputs included) to `onExecute`.
 */
export function CardView({ card, onExecute, label }: CardProps): JSX.Element {
  const light = useMemo(() => supportedCard(card), [card]);
  if (light) return <LightCard card={card as SupportedCard} onExecute={onExecute} label={label} />;
  return (
    <Suspense fallback={<div role="region" aria-label={label} aria-busy="true" />}>
      <FullCardView card={card} onExecute={onExecute} label={label} />
    </Suspense>
  );
}

interface Edits {
  readonly card: unknown;
  readonly values: InputValues;
  /** Required inputs found empty by the last click, marked until they change. */
  readonly invalid: readonly string[];
}

interface Context {
  readonly values: InputValues;
  readonly invalid: readonly string[];
  readonly domId: (input: CardInput) => string;
  readonly change: (input: CardInput, value: string | undefined) => void;
  readonly run: (action: ExecuteAction) => void;
}

function LightCard({ card, onExecute, label }: { card: SupportedCard } & Omit<CardProps, "card">) {
  const uid = useId();
  const inputs = useMemo(() => inputsOf(card.body), [card]);
  // What was typed belongs to the card it was typed in: a new card starts from its own values.
  const [edits, setEdits] = useState<Edits>({ card, values: {}, invalid: [] });
  const { values, invalid } = edits.card === card ? edits : { values: {}, invalid: [] };
  const domId = (input: CardInput) => uid + inputs.indexOf(input);
  const context: Context = {
    values,
    invalid,
    domId,
    change: (input, value) =>
      setEdits((e) => {
        const mine = e.card === card;
        return {
          card,
          values: { ...(mine ? e.values : {}), [input.id]: value },
          invalid: mine ? e.invalid.filter((id) => id !== input.id) : [],
        };
      }),
    run: (action) => {
      const result = gatherInputs(action, inputs, values);
      setEdits({ card, values, invalid: "invalid" in result ? result.invalid : [] });
      if ("data" in result) return onExecute({ verb: action.verb ?? "", data: result.data });
      const first = inputs.find((i) => i.id === result.invalid[0]);
      if (first) document.getElementById(domId(first))?.focus();
    },
  };
  return (
    <div role="region" aria-label={label} className="vc-card">
      {card.body.map((e, i) => element(e, i, context))}
    </div>
  );
}

function classes(...names: (string | false | undefined)[]): string {
  return names.filter(Boolean).join(" ");
}

function placed(base: string, e: { spacing?: string; separator?: boolean }): string {
  return classes(base, e.spacing && `vc-sp-${e.spacing}`, e.separator && "vc-sep");
}

function textStyle(t: TextBlock | TextRun, heading = false): (string | false | undefined)[] {
  const size = t.size ?? (heading && "large");
  const weight = t.weight ?? (heading && "bolder");
  return [size && `vc-s-${size}`, weight && `vc-w-${weight}`, t.isSubtle && "vc-subtle", t.color && `vc-c-${t.color}`];
}

function element(e: CardElement, key: number, c: Context): ReactNode {
  switch (e.type) {
    case "TextBlock": {
      const heading = e.style === "heading";
      // The card's own headings sit below the page's h1.
      return e.text ? (
        <div
          key={key}
          className={classes(placed("vc-text", e), ...textStyle(e, heading))}
          {...(heading ? { role: "heading", "aria-level": 2 } : {})}
        >
          {formatText(e.text)}
        </div>
      ) : null;
    }
    case "RichTextBlock": {
      const runs = e.inlines.filter((r) => r.text);
      return runs.length > 0 ? (
        <div key={key} className={placed("vc-text", e)}>
          {runs.map((r, i) => (
            <span key={i} className={classes(...textStyle(r), r.italic && "vc-i")}>
              {formatText(r.text)}
            </span>
          ))}
        </div>
      ) : null;
    }
    case "FactSet":
      return e.facts.length > 0 ? (
        <dl key={key} className={placed("vc-facts", e)}>
          {e.facts.map((f, i) => (
            <div key={i}>
              <dt>{formatText(f.title)}</dt>
              <dd>{formatText(f.value)}</dd>
            </div>
          ))}
        </dl>
      ) : null;
    case "Container":
      return (
        <div key={key} className={placed("vc-box", e)}>
          {e.items.map((item, i) => element(item, i, c))}
        </div>
      );
    case "ActionSet":
      return e.actions.length > 0 ? (
        <div key={key} className={placed("vc-actions", e)}>
          {e.actions.map((a, i) => (
            <button key={i} type="button" className={`vc-btn vc-${a.style ?? "default"}`} onClick={() => c.run(a)}>
              {a.title}
            </button>
          ))}
        </div>
      ) : null;
    default:
      return field(e, key, c);
  }
}

/** An input, its label (with the required mark) and, after a refused click, its error message. */
function field(e: CardInput, key: number, c: Context): ReactNode {
  const id = c.domId(e);
  const value = valueOf(e, c.values);
  const bad = c.invalid.includes(e.id);
  const errorId = bad && e.errorMessage ? `${id}e` : undefined;
  const state = {
    "aria-required": e.isRequired || undefined,
    "aria-invalid": bad || undefined,
    "aria-describedby": errorId,
  };
  const caption = e.label && (
    <>
      {formatText(e.label)}
      {e.isRequired && (
        <span aria-hidden="true" className="vc-req">
          {" *"}
        </span>
      )}
    </>
  );
  const error = errorId && (
    <div id={errorId} className="vc-error">
      {formatText(e.errorMessage!)}
    </div>
  );
  if (e.type === "Input.ChoiceSet" && e.style === "expanded")
    return radios(e, key, c, { id, value, caption, error, state });
  const control =
    e.type === "Input.ChoiceSet" ? (
      <select
        id={id}
        className="vc-input"
        value={value ?? ""}
        onChange={(ev) => c.change(e, ev.target.value || undefined)}
        {...state}
      >
        <option value="" disabled hidden />
        {e.choices.map((ch, i) => (
          <option key={i} value={ch.value}>
            {ch.title}
          </option>
        ))}
      </select>
    ) : (
      (() => {
        const props = {
          id,
          className: "vc-input",
          value,
          onChange: (ev: { target: { value: string } }) => c.change(e, ev.target.value),
          ...(e.maxLength && e.maxLength > 0 ? { maxLength: e.maxLength } : {}),
          ...state,
        };
        return e.isMultiline ? <textarea rows={3} {...props} /> : <input type="text" {...props} />;
      })()
    );
  return (
    <div key={key} className={placed("vc-field", e)}>
      {caption && (
        <label htmlFor={id} className="vc-label">
          {caption}
        </label>
      )}
      {control}
      {error}
    </div>
  );
}

/** An expanded ChoiceSet: a radio group named by its label. */
function radios(
  e: ChoiceInput,
  key: number,
  c: Context,
  p: { id: string; value: string | undefined; caption: ReactNode; error: ReactNode; state: object },
): ReactNode {
  return (
    <fieldset
      key={key}
      role="radiogroup"
      className={placed("vc-field vc-choices", e)}
      aria-labelledby={p.caption ? `${p.id}l` : undefined}
      {...p.state}
    >
      {p.caption && (
        <legend id={`${p.id}l`} className="vc-label">
          {p.caption}
        </legend>
      )}
      {e.choices.map((ch, i) => (
        <label key={i} className="vc-choice">
          <input
            type="radio"
            id={i === 0 ? p.id : undefined}
            name={p.id}
            value={ch.value}
            checked={p.value === ch.value}
            onChange={() => c.change(e, ch.value)}
          />
          <span>{formatText(ch.title)}</span>
        </label>
      ))}
      {p.error}
    </fieldset>
  );
}
