import { campaignActionData } from "../../../bot/src/cards/recruitment/campaignActionInputs";
import { campaignFormCard } from "../../../bot/src/cards/recruitment/campaignFormCard";
import { CAMPAIGN_FORM_INPUTS, campaignFormSubmission } from "../../../bot/src/cards/recruitment/campaignFormInputs";
import { invitationCard } from "../../../bot/src/cards/recruitment/invitationCard";
import { mixedInvitationCard } from "../../../bot/src/cards/recruitment/mixedInvitationCard";
import { mixedAnswerData } from "../../../bot/src/cards/recruitment/mixedInvitationInputs";
import { nominationFormCard, nominationLinkCard } from "../../../bot/src/cards/recruitment/nominationCards";
import {
  NOMINATION_FORM_INPUTS,
  nominationFormSubmission,
} from "../../../bot/src/cards/recruitment/nominationFormInputs";
import { outboxProgressCard } from "../../../bot/src/cards/recruitment/outboxProgressCard";
import { profileFormCard } from "../../../bot/src/cards/recruitment/profileFormCard";
import {
  consented,
  PROFILE_FORM_INPUTS,
  profileFormSubmission,
} from "../../../bot/src/cards/recruitment/profileFormInputs";
import { RECRUITMENT_VERB } from "../../../bot/src/cards/recruitment/recruitmentVerbs";
import { selectionNoticeCard } from "../../../bot/src/cards/recruitment/selectionNoticeCard";
import { volunteerStatusCard } from "../../../bot/src/cards/recruitment/volunteerStatusCard";
import { cardProblems } from "../../support/cardValidator";

const campaignId = "c-1";
const campaignName = "Piscine [municipale](https://evil.example)";
const profile = { ageBand: "30to44", sex: "female", category: "B", staffKind: "technical" } as const;

/** Every input id and every Action.Execute (verb and data) found in a card. */
function walk(card: unknown): { inputs: string[]; actions: { verb: string; data: unknown }[] } {
  const inputs: string[] = [];
  const actions: { verb: string; data: unknown }[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== "object") return;
    const o = node as Record<string, unknown>;
    if (typeof o.type === "string" && o.type.startsWith("Input.") && typeof o.id === "string") inputs.push(o.id);
    if (o.type === "Action.Execute" && typeof o.verb === "string") actions.push({ verb: o.verb, data: o.data });
    Object.values(o).forEach(visit);
  };
  visit(card);
  return { inputs, actions };
}

describe("recruitment cards", () => {
  it.each(["fr", "en"] as const)("are valid Adaptive Cards 1.5 in %s", (locale) => {
    const cards = [
      campaignFormCard({ formId: "form-0001", values: { name: "Piscine", panelSize: 8 }, error: "Non" }, locale),
      invitationCard({ campaignId, campaignName, workshop1At: "2027-03-02T08:00:00.000Z" }, locale),
      invitationCard({ campaignId, campaignName, reminder: true, refreshUserIds: ["29:a"] }, locale),
      mixedInvitationCard({ campaignId, campaignName, answer: "yes" }, locale),
      nominationFormCard({ campaignId, campaignName, error: "Nom manquant" }, locale),
      nominationLinkCard({ name: "M. Roth", link: "https://x.example/confirm/t", expiresAt: "2027-04-01" }, locale),
      outboxProgressCard({ campaignId, campaignName }, locale, "form-1"),
      outboxProgressCard(
        {
          campaignId,
          campaignName,
          counts: { sent: 3, pending: 1, failed: 1, unreachable: 1, total: 6 },
          followUrl: "https://x.example/recruitment",
        },
        locale,
        "form-2",
      ),
      profileFormCard({ campaignId, campaignName, values: profile, error: "Non" }, locale),
      selectionNoticeCard({ campaignName, selected: true, workshopAt: "2027-03-02T08:00:00.000Z" }, locale),
      volunteerStatusCard(
        { campaignId, campaignName, volunteerName: "Ana", status: "volunteered", profile, refreshUserIds: ["29:a"] },
        locale,
      ),
      volunteerStatusCard(
        { campaignId, campaignName, volunteerName: "Ana", status: "withdrawn", refreshUserIds: [] },
        locale,
      ),
    ];
    for (const card of cards) expect(cardProblems(card)).toEqual([]);
  });

  it("name their inputs with the ids their handlers read", () => {
    expect(walk(campaignFormCard({ formId: "form-0001" }, "fr")).inputs.sort()).toEqual(
      Object.values(CAMPAIGN_FORM_INPUTS).sort(),
    );
    expect(walk(profileFormCard({ campaignId, campaignName }, "fr")).inputs.sort()).toEqual(
      Object.values(PROFILE_FORM_INPUTS).sort(),
    );
    expect(walk(nominationFormCard({ campaignId, campaignName }, "fr")).inputs.sort()).toEqual(
      Object.values(NOMINATION_FORM_INPUTS).sort(),
    );
  });

  it("send only verbs of the recruitment list, with data their handlers parse", () => {
    const verbs = new Set<string>(Object.values(RECRUITMENT_VERB));
    const actions = [
      ...walk(invitationCard({ campaignId, campaignName, refreshUserIds: ["29:a"] }, "fr")).actions,
      ...walk(
        outboxProgressCard(
          { campaignId, campaignName, counts: { sent: 1, pending: 0, failed: 1, unreachable: 0, total: 2 } },
          "fr",
          "f-1",
        ),
      ).actions,
      ...walk(
        volunteerStatusCard(
          { campaignId, campaignName, volunteerName: "A", status: "volunteered", refreshUserIds: [] },
          "fr",
        ),
      ).actions,
    ];
    for (const action of actions) {
      expect(verbs.has(action.verb)).toBe(true);
      expect(campaignActionData.safeParse(action.data).success).toBe(true);
    }
    for (const action of walk(mixedInvitationCard({ campaignId, campaignName }, "fr")).actions) {
      expect(action.verb).toBe(RECRUITMENT_VERB.mixedAnswer);
      expect(mixedAnswerData.safeParse(action.data).success).toBe(true);
    }
  });

  it("parse what Teams sends: blanks as absent, the toggle as text or boolean", () => {
    const nomination = nominationFormSubmission.parse({ campaignId, name: "M. Roth", contact: " ", kind: "" });
    expect(nomination).toEqual({ campaignId, name: "M. Roth" });
    expect(consented(profileFormSubmission.parse({ campaignId, ...profile, consent: "true" }))).toBe(true);
    expect(consented(profileFormSubmission.parse({ campaignId, ...profile, consent: false }))).toBe(false);
    expect(campaignFormSubmission.safeParse({ formId: "x", name: "Piscine" }).success).toBe(false);
    expect(mixedAnswerData.safeParse({ campaignId, answer: "maybe" }).success).toBe(false);
  });
});
