import { z } from "zod";
import { contributionStepField, requestIdField } from "./workshopActionData";

/** Ids of the « entries for the room » card's inputs. */
export const PROXY_ENTRY_INPUTS = {
  label: "proxyLabel",
  text: "proxyText",
  tag: "proxyTag",
} as const;

export const PROXY_LABEL_MAX = 40;

/** An entry typed for someone in the room: a marker (never a name), their words and, when asked, the party. */
export const proxyEntrySubmission = z
  .object({
    stepId: contributionStepField,
    [PROXY_ENTRY_INPUTS.label]: z.string().trim().min(1).max(PROXY_LABEL_MAX),
    [PROXY_ENTRY_INPUTS.text]: z.string().max(5000).default(""),
    [PROXY_ENTRY_INPUTS.tag]: z.string().max(20).optional(),
    requestId: requestIdField,
  })
  .transform((d) => ({
    stepId: d.stepId,
    label: d.proxyLabel,
    text: d.proxyText,
    ...(d.proxyTag ? { tag: d.proxyTag } : {}),
    requestId: d.requestId,
  }));
export type ProxyEntry = z.infer<typeof proxyEntrySubmission>;

/** What was typed, kept when the card is refreshed or refused, so nothing is lost. */
export const proxyEntryDraft = z.object({
  [PROXY_ENTRY_INPUTS.label]: z
    .string()
    .transform((s) => s.trim().slice(0, PROXY_LABEL_MAX))
    .optional(),
  [PROXY_ENTRY_INPUTS.text]: z
    .string()
    .transform((s) => s.slice(0, 5000))
    .optional(),
});

export function proxyEntryDraftOf(data: Record<string, unknown>): { label?: string; text?: string } {
  const parsed = proxyEntryDraft.safeParse(data);
  if (!parsed.success) return {};
  return {
    ...(parsed.data.proxyLabel !== undefined ? { label: parsed.data.proxyLabel } : {}),
    ...(parsed.data.proxyText !== undefined ? { text: parsed.data.proxyText } : {}),
  };
}
