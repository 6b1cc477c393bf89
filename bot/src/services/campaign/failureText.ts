import type { DomainError } from "../../domain/result";
import { domainErrorMessage } from "../../i18n/domainText";
import type { Locale } from "../../i18n/locale";
import { translate } from "../../i18n/translate";
import type { CampaignFailure } from "./campaignProgressService";

/** A campaign failure in words, for a card or an API error body; blockers are listed after it. */
export function failureText(locale: Locale, failure: CampaignFailure): string {
  if (failure.code === "campaign.notFound") return translate(locale, "campaign.api.notFound");
  if (failure.code === "campaign.forbidden") return translate(locale, "campaign.api.forbidden");
  if (failure.code === "campaign.effectFailed" && "cause" in failure) {
    const cause = failure.cause;
    return translate(locale, "campaign.api.effectFailed", {
      reason: "message" in cause ? cause.message : domainErrorMessage(locale, cause),
    });
  }
  const domain = failure as DomainError & { readonly blockers?: readonly DomainError[] };
  const head = domainErrorMessage(locale, domain);
  return domain.blockers && domain.blockers.length > 0
    ? `${head}\n${domain.blockers.map((b) => `- ${domainErrorMessage(locale, b)}`).join("\n")}`
    : head;
}

/** The reasons a move is blocked, each in words, for the page to list under the refusal. */
export function blockerNotes(
  locale: Locale,
  failure: CampaignFailure,
): { code: string; message: string }[] | undefined {
  const blockers = (failure as { readonly blockers?: readonly DomainError[] }).blockers;
  return blockers?.map((b) => ({ code: b.code, message: domainErrorMessage(locale, b) }));
}
