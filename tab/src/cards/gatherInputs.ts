import type { CardInput, ExecuteAction } from "./cardModel";

/** What the person changed, by input id; an input not in it shows the card's `value`. */
export type InputValues = Readonly<Record<string, string | undefined>>;

/** The value an input holds now, as the `adaptivecards` library reads it from its control. */
export function valueOf(input: CardInput, values: InputValues): string | undefined {
  if (Object.hasOwn(values, input.id)) return values[input.id];
  if (input.type === "Input.Text") return input.value ?? "";
  // A card value that is none of the choices selects nothing.
  return input.choices.some((c) => c.value === input.value) ? input.value : undefined;
}

/**
 * An action's payload as the library builds it: a copy of the action's data, then every input of
 * the card that holds a non-empty value, as a string; or, when a required input is empty, the ids
 * of the inputs to mark, and nothing is sent.
 */
export function gatherInputs(
  action: ExecuteAction,
  inputs: readonly CardInput[],
  values: InputValues,
): { readonly data: Record<string, unknown> } | { readonly invalid: readonly string[] } {
  const invalid = inputs.filter((i) => i.isRequired && !valueOf(i, values)).map((i) => i.id);
  if (invalid.length > 0) return { invalid };
  const data = JSON.parse(JSON.stringify(action.data ?? {})) as Record<string, unknown>;
  for (const input of inputs) {
    const value = valueOf(input, values);
    if (value) data[input.id] = value;
  }
  return { data };
}
