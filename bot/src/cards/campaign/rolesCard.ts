import type { RosterMemberDto, StaffMemberDto } from "../../contracts/campaignProgress";
import { STAFF_ROLES } from "../../domain/campaign";
import type { Locale } from "../../i18n/locale";
import { translator } from "../../i18n/translate";
import { adaptiveCard, type AdaptiveCard, type CardAction, type CardElement } from "../adaptiveCard";
import { heading, paragraph, type CardNotice } from "../elements";
import type { CampaignRefData } from "./campaignStepsInputs";
import type { CampaignVerb } from "./campaignVerbs";
import { ROLE_INPUTS, type RemoveRoleData } from "./rolesCardInputs";

export interface RolesCardView {
  readonly campaignId: string;
  readonly campaignName: string;
  readonly staff: readonly StaffMemberDto[];
  /** Team members to choose from; a filtered choice set lets people type a name. */
  readonly candidates: readonly RosterMemberDto[];
  readonly notice?: CardNotice;
}

/** A choice set this long stays usable in Teams with typing to filter; the tab's picker searches the whole team. */
export const MAX_CANDIDATES = 100;

/** Who coordinates, manages and reads the campaign, with a form to name someone from the team. */
export function rolesCard(view: RolesCardView, locale: Locale): AdaptiveCard {
  const t = translator(locale);
  const body: CardElement[] = [
    heading(t("campaign.roles.title", { name: view.campaignName })),
    paragraph(t("campaign.roles.intro"), { subtle: true }),
  ];
  if (view.notice)
    body.push(paragraph(view.notice.text, { color: view.notice.tone === "good" ? "good" : "attention" }));
  for (const role of STAFF_ROLES) {
    const holders = view.staff.filter((s) => s.role === role);
    if (holders.length === 0) continue;
    // Names come from Teams: TextRuns, not markdown.
    body.push({
      type: "RichTextBlock",
      spacing: "medium",
      inlines: [
        { type: "TextRun", text: `${t(`campaign.roles.${role}`)} : `, weight: "bolder" },
        { type: "TextRun", text: holders.map((h) => h.name).join(", ") },
      ],
    });
  }
  const removable = view.staff.filter(
    (s) => !(s.role === "coordinator" && view.staff.filter((x) => x.role === "coordinator").length === 1),
  );
  if (removable.length > 0) {
    body.push({
      type: "ActionSet",
      actions: removable.slice(0, 5).map((s) => ({
        type: "Action.Execute",
        title: t("campaign.roles.remove", { name: s.name }),
        verb: "campaign.role.remove" satisfies CampaignVerb,
        data: { campaignId: view.campaignId, person: s.id } satisfies RemoveRoleData,
      })),
    });
  }
  const actions: CardAction[] = [];
  if (view.candidates.length === 0) body.push(paragraph(t("campaign.roles.noRoster"), { color: "warning" }));
  else {
    body.push({
      type: "Input.ChoiceSet",
      id: ROLE_INPUTS.person,
      label: t("campaign.roles.person"),
      placeholder: t("campaign.roles.personPlaceholder"),
      style: "filtered",
      isRequired: true,
      errorMessage: t("domain.campaign.personRequired"),
      choices: view.candidates.slice(0, MAX_CANDIDATES).map((m) => ({ title: m.name, value: m.id })),
    });
    body.push({
      type: "Input.ChoiceSet",
      id: ROLE_INPUTS.role,
      label: t("campaign.roles.role"),
      style: "expanded",
      value: "manager",
      choices: STAFF_ROLES.map((r) => ({ title: t(`campaign.roles.${r}`), value: r })),
    });
    actions.push({
      type: "Action.Execute",
      title: t("campaign.roles.assign"),
      verb: "campaign.role.assign" satisfies CampaignVerb,
      style: "positive",
      data: { campaignId: view.campaignId } satisfies CampaignRefData,
    });
  }
  return adaptiveCard(body, actions);
}
