import type { ErasureSummaryDto } from "../../../bot/src/contracts/privacyApi";
import type { Translate } from "../i18n/I18nProvider";

/** Every kind of record an erasure counts, in the order a receipt names them. */
const KINDS = [
  "volunteer",
  "agentPanel",
  "mixedPanel",
  "usagerPanel",
  "nominations",
  "usager",
  "attendance",
  "outbox",
  "staffRole",
  "staffName",
  "history",
  "poster",
  "roadmap",
] as const satisfies readonly (keyof ErasureSummaryDto)[];

// A kind added to the receipt's contract without a word for it fails to compile here.
const _everyKindNamed: Exclude<keyof ErasureSummaryDto, (typeof KINDS)[number]> extends never ? true : never = true;

/**
 * The erase receipt's list, in words a person reads (the server's field names are not): each kind
 * that held something, with its count; kinds with nothing are left out.
 */
export function erasureSummary(erased: ErasureSummaryDto, t: Translate): string {
  const parts = KINDS.flatMap((kind) => {
    const value: boolean | number | undefined = erased[kind];
    const word = t(`people.erased.${kind}`);
    if (value === true) return [word];
    return typeof value === "number" && value > 0 ? [`${word} (${value})`] : [];
  });
  return parts.length > 0 ? parts.join(", ") : t("people.erase.nothing");
}
