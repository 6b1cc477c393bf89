/**
 * Commitments are written the way the poster shows them:
 * « Les agents s'engagent à prendre plus de temps pour accompagner l'usager. »
 * The facilitator types only the action; this helper adds the lead-in for the party.
 */
import type { CommitParty } from "./workshopTemplate";

const LEAD_IN: Readonly<Record<"fr" | "en", Readonly<Record<CommitParty, string>>>> = {
  fr: {
    agents: "Les agents s'engagent à",
    usagers: "Les usagers s'engagent à",
    both: "Agents et usagers s'engagent à",
  },
  en: {
    agents: "Agents commit to",
    usagers: "Service users commit to",
    both: "Agents and service users commit to",
  },
};

// A lead-in the facilitator may already have typed ("à …", "s'engagent à …", "to …").
const TYPED_LEAD_IN: Readonly<Record<"fr" | "en", RegExp>> = {
  fr: /^(?:(?:(?:les\s+|l['’])?(?:agents?|usagers?|deux)(?:\s+et\s+(?:les\s+)?usagers?)?\s+)?s['’]\s?engage(?:nt)?\s+)?à\s+/iu,
  en: /^(?:(?:(?:the\s+)?(?:agents?|(?:service\s+)?users?|both)(?:\s+and\s+(?:service\s+)?users?)?\s+)?commits?\s+)?to\s+/iu,
};

function lowerFirst(text: string): string {
  const [first, second] = Array.from(text);
  // Keep acronyms such as « CMS » as typed.
  if (
    first === undefined ||
    (second !== undefined && second === second.toUpperCase() && second !== second.toLowerCase())
  ) {
    return text;
  }
  return first.toLowerCase() + text.slice(first.length);
}

export function commitmentText(party: CommitParty, text: string, locale: "fr" | "en"): string {
  const body = lowerFirst(
    text
      .trim()
      .replace(/\s+/g, " ")
      .replace(TYPED_LEAD_IN[locale], "")
      .replace(/[\s.;,]+$/u, ""),
  );
  return `${LEAD_IN[locale][party]} ${body}.`;
}
