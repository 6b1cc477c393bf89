import { commitmentText } from "../../domain/commitmentText";
import type { ParticipantView } from "../../domain/workshopMachine";
import { SCALE_MAX, SCALE_MIN } from "../../domain/workshopTemplate";
import type { Locale } from "../../i18n/locale";
import { translator } from "../../i18n/translate";
import type { BallotLine, PersonalState, StepResults } from "../../contracts/workshopResults";
import { adaptiveCard, type AdaptiveCard, type CardElement } from "../adaptiveCard";
import { heading, paragraph, userText } from "../elements";
import {
  itemLine,
  MAX_CARD_ITEMS,
  originNote,
  partyChoices,
  resultsSection,
  stepHeader,
  type WorkshopRef,
} from "./workshopCardParts";
import { PARTICIPANT_CARD_INPUTS } from "./participantCardInputs";
import { WORKSHOP_VERB } from "./workshopVerbs";

export interface ParticipantCardModel extends WorkshopRef {
  readonly campaignName: string;
  readonly view: ParticipantView;
  /** Fresh for every card: a resent invoke repeats it, a new submission does not. */
  readonly requestId: string;
  readonly personal?: PersonalState;
  readonly ballot?: readonly BallotLine[];
  /** Present only when the facilitator revealed the results. */
  readonly results?: StepResults;
  readonly notice?: { readonly text: string; readonly tone: "good" | "attention" };
  readonly join?: { readonly code: string; readonly url: string };
  /** Teams cards refresh per user; the join page polls instead. */
  readonly refresh: boolean;
  /** Teams refreshes the card by itself only for these users (at most 60); others get a refresh button. */
  readonly refreshUserIds?: readonly string[];
}

/** What a participant sees for the facilitator's current step: the same JSON in Teams and on the join page. */
export function participantCard(m: ParticipantCardModel, locale: Locale): AdaptiveCard {
  const t = translator(locale);
  const ref = { campaignId: m.campaignId, kind: m.kind };
  const body: CardElement[] = [heading(t(`workshop.kind.${m.kind}`)), userText(m.campaignName, { italic: true })];
  if (m.notice) body.push(paragraph(m.notice.text, { color: m.notice.tone }));
  const view = m.view;
  if (view.screen === "waiting") body.push(paragraph(t("workshop.waiting")));
  if (view.screen === "paused") body.push(paragraph(t("workshop.paused")));
  if (view.screen === "ended") body.push(paragraph(t("workshop.ended")));
  if (view.screen === "step") {
    body.push(...stepHeader(view, locale, t));
    const step = view.step;
    const personal = m.personal ?? { entries: [], votes: {} };
    if (step.type === "contributions") {
      if (view.acceptsInput) {
        body.push({
          type: "Input.Text",
          id: PARTICIPANT_CARD_INPUTS.text,
          label: t("workshop.field.text", { max: step.maxLength }),
          maxLength: step.maxLength,
          isRequired: true,
          errorMessage: t("workshop.field.textRequired"),
        });
        if (step.tags)
          body.push({
            type: "Input.ChoiceSet",
            id: PARTICIPANT_CARD_INPUTS.tag,
            label: t("workshop.field.tag"),
            style: "expanded",
            choices: partyChoices(t),
            isRequired: true,
            errorMessage: t("domain.contribution.tagRequired"),
          });
        body.push({
          type: "ActionSet",
          actions: [
            {
              type: "Action.Execute",
              title: t("workshop.action.add"),
              verb: WORKSHOP_VERB.contribute,
              style: "positive",
              data: { ...ref, stepId: step.id, requestId: m.requestId },
            },
          ],
        });
      }
      if (personal.entries.length > 0) {
        body.push(
          paragraph(t("workshop.yourEntries", { count: personal.entries.length, max: step.maxEntries }), {
            subtle: true,
            spacing: "medium",
          }),
        );
        for (const entry of personal.entries) body.push(itemLine(entry, ""));
      }
    }
    if (step.type === "scale" && view.acceptsInput) {
      const values = [];
      for (let v = SCALE_MIN; v <= SCALE_MAX; v++) values.push({ title: String(v), value: String(v) });
      body.push({
        type: "Input.ChoiceSet",
        id: PARTICIPANT_CARD_INPUTS.value,
        label: t("workshop.field.scale", { min: step.minLabel[locale], max: step.maxLabel[locale] }),
        style: "compact",
        choices: values,
        isRequired: true,
        errorMessage: t("workshop.field.scaleRequired"),
        ...(personal.scale ? { value: String(personal.scale.value) } : {}),
      });
      if (step.allowComment)
        body.push({
          type: "Input.Text",
          id: PARTICIPANT_CARD_INPUTS.comment,
          label: t("workshop.field.comment"),
          maxLength: step.maxCommentLength,
          isMultiline: true,
          ...(personal.scale?.comment ? { value: personal.scale.comment } : {}),
        });
      body.push({
        type: "ActionSet",
        actions: [
          {
            type: "Action.Execute",
            title: t("workshop.action.answer"),
            verb: WORKSHOP_VERB.scale,
            style: "positive",
            data: { ...ref, requestId: m.requestId },
          },
        ],
      });
    }
    if (step.type === "scale" && personal.scale)
      body.push(paragraph(t("workshop.yourScale", { value: personal.scale.value }), { subtle: true }));
    if (step.type === "vote") {
      if (personal.dotsLeft !== undefined)
        body.push(
          paragraph(t("workshop.dotsLeft", { count: personal.dotsLeft, budget: step.budget }), { color: "accent" }),
        );
      // A ballot is built from merged items and the keep count is small; the cap only guards the message size.
      for (const line of (m.ballot ?? []).slice(0, MAX_CARD_ITEMS * 2)) {
        const mine = personal.votes[line.id] ?? 0;
        const note = [
          originNote(line.origin, line.commits, t),
          mine > 0 ? t("workshop.yourVotes", { count: mine }) : "",
        ]
          .filter(Boolean)
          .join(" · ");
        const data = { ...ref, stepId: step.id, itemId: line.id, requestId: m.requestId };
        const actions = view.acceptsInput
          ? [
              { type: "Action.Execute" as const, title: t("workshop.action.vote"), verb: "workshop.vote", data },
              ...(mine > 0
                ? [
                    {
                      type: "Action.Execute" as const,
                      title: t("workshop.action.unvote"),
                      verb: WORKSHOP_VERB.unvote,
                      data,
                    },
                  ]
                : []),
            ]
          : [];
        body.push({
          type: "Container",
          separator: true,
          items: [itemLine(line.text, note), ...(actions.length > 0 ? [{ type: "ActionSet" as const, actions }] : [])],
        });
      }
    }
    if (step.type === "commitments" && m.results?.type === "commitments") {
      for (const c of m.results.commitments) body.push(userText(commitmentText(c.party, c.text, locale)));
    }
    if (!view.acceptsInput && !view.showsResults && step.type !== "commitments")
      body.push(paragraph(t("workshop.inputNotOpen"), { subtle: true }));
    if (m.results && view.showsResults) body.push(...resultsSection(m.results, t));
  }
  if (m.join && view.screen !== "ended")
    body.push(
      paragraph(t("workshop.join", { code: m.join.code, url: m.join.url }), { subtle: true, spacing: "large" }),
    );
  const card = adaptiveCard(body);
  if (!m.refresh) return card;
  const userIds = m.refreshUserIds && m.refreshUserIds.length > 0 ? { userIds: m.refreshUserIds.slice(0, 60) } : {};
  return {
    ...card,
    refresh: {
      action: {
        type: "Action.Execute",
        title: t("workshop.action.open", { name: "" }).trim(),
        verb: WORKSHOP_VERB.refresh,
        data: { ...ref, view: "participant" },
      },
      ...userIds,
    },
  };
}
