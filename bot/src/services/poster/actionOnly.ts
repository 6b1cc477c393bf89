import { commitmentText } from "../../domain/commitmentText";
import type { CommitParty } from "../../domain/workshopTemplate";

/**
 * Poster commitments store the action only (domain/poster.ts); workshop results and coordinators
 * sometimes hand over the whole sentence (« Les agents s'engagent à … »). The lead-in is removed
 * here (French, then English) so the poster never prints it twice. Missing from the domain, hence
 * a pure function in this folder.
 */
export function actionOnly(party: CommitParty, text: string): string {
  let body = text.trim();
  for (const locale of ["fr", "en"] as const) {
    const lead = commitmentText(party, "x", locale).slice(0, -2);
    const sentence = commitmentText(party, body, locale);
    const stripped = sentence.slice(lead.length, -1).trim();
    // Only when the text really began with a lead-in: otherwise keep the wording exactly as typed.
    if (
      stripped.length > 0 &&
      stripped.toLowerCase() !==
        body
          .replace(/[\s.;,]+$/u, "")
          .replace(/\s+/g, " ")
          .toLowerCase()
    )
      body = stripped;
  }
  return body;
}
