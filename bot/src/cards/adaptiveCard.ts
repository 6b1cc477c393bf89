/**
 * The subset of the Adaptive Card 1.5 schema this app sends. Typed so a builder cannot produce an
 * element Teams does not know; every card is also parsed by the `adaptivecards` library in tests.
 */
export type TextSize = "small" | "default" | "medium" | "large" | "extraLarge";
export type TextWeight = "lighter" | "default" | "bolder";
export type TextColor = "default" | "dark" | "light" | "accent" | "good" | "warning" | "attention";
export type Spacing = "none" | "small" | "default" | "medium" | "large" | "extraLarge" | "padding";

export interface TextBlock {
  type: "TextBlock";
  text: string;
  wrap?: boolean;
  size?: TextSize;
  weight?: TextWeight;
  color?: TextColor;
  isSubtle?: boolean;
  spacing?: Spacing;
  separator?: boolean;
  style?: "default" | "heading";
  horizontalAlignment?: "left" | "center" | "right";
  id?: string;
}

/** Text runs are never parsed as markdown: the only safe place for text typed by users. */
export interface TextRun {
  type: "TextRun";
  text: string;
  weight?: TextWeight;
  italic?: boolean;
  color?: TextColor;
  size?: TextSize;
}

export interface RichTextBlock {
  type: "RichTextBlock";
  inlines: TextRun[];
  spacing?: Spacing;
  separator?: boolean;
  id?: string;
}

export interface Fact {
  title: string;
  value: string;
}

export interface FactSet {
  type: "FactSet";
  facts: Fact[];
  spacing?: Spacing;
  id?: string;
}

export interface Container {
  type: "Container";
  items: CardElement[];
  style?: "default" | "emphasis" | "good" | "attention" | "warning" | "accent";
  bleed?: boolean;
  spacing?: Spacing;
  separator?: boolean;
  id?: string;
}

export interface Column {
  type: "Column";
  items: CardElement[];
  width?: "auto" | "stretch" | string;
  verticalContentAlignment?: "top" | "center" | "bottom";
}

export interface ColumnSet {
  type: "ColumnSet";
  columns: Column[];
  spacing?: Spacing;
  separator?: boolean;
  id?: string;
}

export interface ActionSetElement {
  type: "ActionSet";
  actions: CardAction[];
  spacing?: Spacing;
  id?: string;
}

export type CardElement =
  | TextBlock
  | RichTextBlock
  | FactSet
  | Container
  | ColumnSet
  | ActionSetElement
  | InputText
  | InputChoiceSet
  | InputNumber
  | InputDate
  | InputToggle;

export interface ActionExecute {
  type: "Action.Execute";
  title: string;
  verb: string;
  data?: Record<string, unknown>;
  style?: "default" | "positive" | "destructive";
  id?: string;
}

/** Sends a message as if the user typed it (Teams `imBack`): used for command shortcuts. */
export interface ActionSubmitImBack {
  type: "Action.Submit";
  title: string;
  data: { msteams: { type: "imBack"; value: string } };
}

export interface ActionOpenUrl {
  type: "Action.OpenUrl";
  title: string;
  url: string;
}

export type CardAction = ActionExecute | ActionSubmitImBack | ActionOpenUrl;

export interface AdaptiveCard {
  type: "AdaptiveCard";
  $schema: "http://adaptivecards.io/schemas/adaptive-card.json";
  version: "1.5";
  body: CardElement[];
  actions?: CardAction[];
  speak?: string;
  refresh?: { action: ActionExecute; userIds?: string[] };
  msteams?: { width: "Full" };
}

export const ADAPTIVE_CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

// No `lang`: the adaptivecards library validates it with a global-flag RegExp whose state leaks
// between cards, so every other card fails to parse; Teams reads the text fine without it.
export function adaptiveCard(body: CardElement[], actions: CardAction[] = []): AdaptiveCard {
  return {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: "1.5",
    body,
    ...(actions.length > 0 ? { actions } : {}),
    msteams: { width: "Full" },
  };
}

/** Free text typed by a participant (workshop contributions, comments). */
export interface InputText {
  type: "Input.Text";
  id: string;
  label?: string;
  placeholder?: string;
  maxLength?: number;
  isMultiline?: boolean;
  isRequired?: boolean;
  errorMessage?: string;
  value?: string;
  spacing?: Spacing;
}

export interface InputChoice {
  title: string;
  value: string;
}

/** A pick among choices (scale value, who commits, items to merge). */
export interface InputChoiceSet {
  type: "Input.ChoiceSet";
  id: string;
  choices: InputChoice[];
  label?: string;
  /** "filtered" (1.5) lets people type to narrow a long list, such as a team's members. */
  style?: "compact" | "expanded" | "filtered";
  isMultiSelect?: boolean;
  value?: string;
  placeholder?: string;
  isRequired?: boolean;
  errorMessage?: string;
  spacing?: Spacing;
}

// --- Inputs used by recruitment forms (Input.Text and Input.ChoiceSet are above). ---
export interface InputNumber {
  type: "Input.Number";
  id: string;
  label?: string;
  value?: number;
  min?: number;
  max?: number;
  isRequired?: boolean;
  errorMessage?: string;
  spacing?: Spacing;
}

export interface InputDate {
  type: "Input.Date";
  id: string;
  label?: string;
  /** YYYY-MM-DD */
  value?: string;
  isRequired?: boolean;
  errorMessage?: string;
  spacing?: Spacing;
}

export interface InputToggle {
  type: "Input.Toggle";
  id: string;
  title: string;
  label?: string;
  value?: string;
  valueOn?: string;
  valueOff?: string;
  isRequired?: boolean;
  errorMessage?: string;
  wrap?: boolean;
  spacing?: Spacing;
}
