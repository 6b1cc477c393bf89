import type { ActionSubmitImBack, RichTextBlock, TextBlock, TextColor } from "./adaptiveCard";

/** What the last click did, shown on top of the card it answered with: done, or why not. */
export interface CardNotice {
  readonly text: string;
  readonly tone: "good" | "attention";
}

/** Text written by the app (never by users), so markdown in it is intended. */
export function heading(text: string): TextBlock {
  return { type: "TextBlock", text, wrap: true, size: "large", weight: "bolder", style: "heading" };
}

export function paragraph(
  text: string,
  options: { subtle?: boolean; color?: TextColor; spacing?: TextBlock["spacing"] } = {},
): TextBlock {
  return {
    type: "TextBlock",
    text,
    wrap: true,
    ...(options.subtle ? { isSubtle: true } : {}),
    ...(options.color ? { color: options.color } : {}),
    ...(options.spacing ? { spacing: options.spacing } : {}),
  };
}

/** Text that came from a person: RichTextBlock/TextRun is not parsed, so `[x](https://evil)` stays text. */
export function userText(text: string, options: { weight?: "bolder"; italic?: boolean } = {}): RichTextBlock {
  return { type: "RichTextBlock", inlines: [{ type: "TextRun", text, ...options }] };
}

export function imBack(title: string, value: string): ActionSubmitImBack {
  return { type: "Action.Submit", title, data: { msteams: { type: "imBack", value } } };
}
