/**
 * The part of the Adaptive Card schema the join page's cards use (bot/src/cards/workshop/participantCard.ts
 * and its parts): anything else, even one unknown property, makes `supportedCard` say no, and the
 * card goes to Microsoft's full renderer instead. No DOM here: the unit tests run it under Node.
 */
export type Spacing = "none" | "small" | "default" | "medium" | "large" | "extraLarge" | "padding";
export type TextSize = "small" | "default" | "medium" | "large" | "extraLarge";
export type TextWeight = "lighter" | "default" | "bolder";
export type TextColor = "default" | "accent" | "good" | "warning" | "attention";

interface Placed {
  readonly spacing?: Spacing;
  readonly separator?: boolean;
}

interface TextStyle {
  readonly size?: TextSize;
  readonly weight?: TextWeight;
  readonly color?: TextColor;
  readonly isSubtle?: boolean;
}

export interface TextBlock extends Placed, TextStyle {
  readonly type: "TextBlock";
  readonly text: string;
  readonly style?: "default" | "heading";
}

export interface TextRun extends TextStyle {
  readonly type: "TextRun";
  readonly text: string;
  readonly italic?: boolean;
}

export interface RichTextBlock extends Placed {
  readonly type: "RichTextBlock";
  readonly inlines: readonly TextRun[];
}

export interface FactSet extends Placed {
  readonly type: "FactSet";
  readonly facts: readonly { readonly title: string; readonly value: string }[];
}

export interface Container extends Placed {
  readonly type: "Container";
  readonly items: readonly CardElement[];
}

export interface ExecuteAction {
  readonly type: "Action.Execute";
  readonly title: string;
  readonly verb?: string;
  readonly data?: Record<string, unknown>;
  readonly style?: "default" | "positive" | "destructive";
}

export interface ActionSet extends Placed {
  readonly type: "ActionSet";
  readonly actions: readonly ExecuteAction[];
}

interface InputBase extends Placed {
  readonly id: string;
  readonly label?: string;
  readonly isRequired?: boolean;
  readonly errorMessage?: string;
  readonly value?: string;
}

export interface TextInput extends InputBase {
  readonly type: "Input.Text";
  readonly maxLength?: number;
  readonly isMultiline?: boolean;
}

export interface ChoiceInput extends InputBase {
  readonly type: "Input.ChoiceSet";
  readonly style?: "compact" | "expanded";
  readonly choices: readonly { readonly title: string; readonly value: string }[];
}

export type CardInput = TextInput | ChoiceInput;
export type CardElement = TextBlock | RichTextBlock | FactSet | Container | ActionSet | CardInput;

export interface SupportedCard {
  readonly type: "AdaptiveCard";
  readonly body: readonly CardElement[];
}

type Check = (value: unknown) => boolean;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const str: Check = (v) => typeof v === "string";
const filled: Check = (v) => typeof v === "string" && v !== "";
const bool: Check = (v) => typeof v === "boolean";
const oneOf =
  (...values: string[]): Check =>
  (v) =>
    values.includes(v as string);
const listOf =
  (item: Check, max = Infinity): Check =>
  (v) =>
    Array.isArray(v) && v.length <= max && v.every(item);

/** An object with only these properties, the `required` ones present. */
function shape(props: Record<string, Check>, required: readonly string[] = []): Check {
  return (v) =>
    isObject(v) &&
    required.every((key) => key in v) &&
    Object.entries(v).every(([key, value]) => Object.hasOwn(props, key) && props[key]!(value));
}

const spacing = oneOf("none", "small", "default", "medium", "large", "extraLarge", "padding");
const placed = { spacing, separator: bool };
const textStyle = {
  size: oneOf("small", "default", "medium", "large", "extraLarge"),
  weight: oneOf("lighter", "default", "bolder"),
  color: oneOf("default", "accent", "good", "warning", "attention"),
  isSubtle: bool,
};
const choice = shape({ title: filled, value: filled }, ["title", "value"]);
const input = {
  ...placed,
  id: filled,
  label: str,
  isRequired: bool,
  errorMessage: str,
  value: str,
};
// More than the host's six actions in a row would go to an overflow menu: not in the subset.
const action = shape(
  {
    type: oneOf("Action.Execute"),
    title: str,
    verb: str,
    data: isObject,
    style: oneOf("default", "positive", "destructive"),
  },
  ["type", "title"],
);

const ELEMENTS: Record<string, Check> = {
  // `wrap` is accepted and ignored: every text wraps on a phone.
  TextBlock: shape({ ...placed, ...textStyle, type: str, text: str, wrap: bool, style: oneOf("default", "heading") }, [
    "text",
  ]),
  RichTextBlock: shape(
    {
      ...placed,
      type: str,
      inlines: listOf(shape({ ...textStyle, type: oneOf("TextRun"), text: str, italic: bool }, ["type", "text"])),
    },
    ["inlines"],
  ),
  FactSet: shape({ ...placed, type: str, facts: listOf(shape({ title: str, value: str }, ["title", "value"])) }, [
    "facts",
  ]),
  Container: shape({ ...placed, type: str, items: listOf((v) => element(v)) }, ["items"]),
  ActionSet: shape({ ...placed, type: str, actions: listOf(action, 6) }, ["actions"]),
  "Input.Text": shape({ ...input, type: str, maxLength: (v) => typeof v === "number", isMultiline: bool }, ["id"]),
  "Input.ChoiceSet": shape({ ...input, type: str, style: oneOf("compact", "expanded"), choices: listOf(choice) }, [
    "id",
    "choices",
  ]),
};

function element(v: unknown): boolean {
  return isObject(v) && typeof v["type"] === "string" && Object.hasOwn(ELEMENTS, v["type"]) && ELEMENTS[v["type"]]!(v);
}

// `msteams` (width) and `refresh` change nothing in a browser: the full renderer ignores them too.
const root = shape(
  {
    type: oneOf("AdaptiveCard"),
    $schema: str,
    version: oneOf("1.0", "1.1", "1.2", "1.3", "1.4", "1.5"),
    body: listOf(element),
    msteams: isObject,
    refresh: isObject,
  },
  ["type", "body"],
);

/** Every input of the card, in document order: what each action gathers. */
export function inputsOf(elements: readonly CardElement[]): CardInput[] {
  return elements.flatMap((e) =>
    e.type === "Container" ? inputsOf(e.items) : e.type === "Input.Text" || e.type === "Input.ChoiceSet" ? [e] : [],
  );
}

/** Whether the light renderer shows this card exactly as the full one would (inputs' ids must be unique). */
export function supportedCard(card: unknown): card is SupportedCard {
  if (!root(card)) return false;
  const ids = inputsOf((card as SupportedCard).body).map((i) => i.id);
  return new Set(ids).size === ids.length;
}
