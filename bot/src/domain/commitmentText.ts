/**
 * Commitments are written the way the poster shows them:
 * « Les agents s'engagent à prendre plus de temps pour accompagner l'usager. »
 * The facilitator types only the action; this helper adds the lead-in for the party.
 */
import { err, ok, type Result } from "./result";
import { COMMIT_PARTIES, type CommitParty } from "./workshopTemplate";

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

/**
 * A commitment as the facilitator typed it, checked: a known party, and one line of text that is
 * neither empty nor longer than the workshop allows.
 */
export function checkCommitment(
  input: { readonly party: string; readonly text: string },
  maxLength: number,
): Result<{ readonly party: CommitParty; readonly text: string }> {
  if (!isCommitParty(input.party)) return err("contribution.tagInvalid", { value: input.party });
  const text = input.text.replace(/\s+/g, " ").trim();
  if (text.length === 0) return err("contribution.empty");
  const length = Array.from(text).length;
  if (length > maxLength) return err("contribution.tooLong", { max: maxLength, length });
  return ok({ party: input.party, text });
}

function isCommitParty(value: string): value is CommitParty {
  return (COMMIT_PARTIES as readonly string[]).includes(value);
}
