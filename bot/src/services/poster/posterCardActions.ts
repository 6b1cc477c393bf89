import { posterAnswerCard, posterInfoCard } from "../../cards/poster/posterAnswerCard";
import { posterValidationCard } from "../../cards/poster/posterValidationCard";
import { posterAnswerData, POSTER_VALIDATION_INPUTS } from "../../cards/poster/posterValidationInputs";
import { POSTER_VERB, type PosterVerb } from "../../cards/poster/posterVerbs";
import { noticePreferenceCard } from "../../cards/poster/roadmapNoticeCard";
import { isPosterFinal } from "../../domain/poster";
import type { DomainError } from "../../domain/result";
import { domainErrorMessage } from "../../i18n/domainText";
import { translate } from "../../i18n/translate";
import type { CardActionHandler, CardActionRequest, CardActionResult } from "../botPorts";
import { teamsParticipantKey } from "./posterAccess";
import { posterUrl, statusOf, type PosterDeps } from "./posterDeps";
import type { PosterServices } from "./posterServices";
import { validationView } from "./validationRequests";

function message(
  req: CardActionRequest,
  key: Parameters<typeof translate>[1],
  params?: Record<string, string | number>,
): CardActionResult {
  return { kind: "message", text: translate(req.port.locale, key, params) };
}

function failed(req: CardActionRequest, error: DomainError): CardActionResult {
  return { kind: "message", text: domainErrorMessage(req.port.locale, error) };
}

function answerHandler(poster: PosterServices, approved: boolean): CardActionHandler {
  const { deps } = poster;
  return async (req) => {
    const input = posterAnswerData.safeParse(req.data);
    if (!input.success) return failed(req, { code: "poster.notFound" });
    const { campaignId, version } = input.data;
    const comment = input.data[POSTER_VALIDATION_INPUTS.comment];
    const aadObjectId = req.port.caller.aadObjectId;
    const [campaign, stored] = await Promise.all([
      deps.ctx.repos.campaigns.get(campaignId),
      poster.repositories.posters.get(campaignId),
    ]);
    if (!campaign || !stored) return failed(req, { code: "poster.notFound" });
    if (!aadObjectId || !stored.value.participants.some((p) => p.aadObjectId === aadObjectId)) {
      return { kind: "card", card: posterInfoCard(translate(req.port.locale, "poster.card.notParticipant")) };
    }
    const record = stored.value;
    if (isPosterFinal(statusOf(record)) && record.poster.version === version) {
      // A resent click after the last approval: the answer is already there.
      const mine = record.validations
        .filter((v) => v.participantKey === teamsParticipantKey(aadObjectId) && v.version === version)
        .at(-1);
      if (mine) return answer(deps, campaign.value.name, campaignId, mine.version, mine.approved, req, mine.comment);
      return { kind: "card", card: posterInfoCard(translate(req.port.locale, "poster.card.closed")) };
    }
    if (record.poster.version !== version && !record.poster.closed) {
      const notice = translate(req.port.locale, "poster.card.stale", { version: record.poster.version });
      return {
        kind: "card",
        card: posterValidationCard(validationView(deps, campaign.value.name, record.poster, notice), req.port.locale),
      };
    }
    const result = await poster.posters.answer(campaignId, teamsParticipantKey(aadObjectId), {
      version,
      approved,
      ...(comment !== undefined ? { comment } : {}),
    });
    if (!result.ok) {
      if (result.error.code === "poster.commentRequired") {
        const notice = domainErrorMessage(req.port.locale, result.error);
        return {
          kind: "card",
          card: posterValidationCard(validationView(deps, campaign.value.name, record.poster, notice), req.port.locale),
        };
      }
      if (result.error.code === "poster.closed")
        return { kind: "card", card: posterInfoCard(translate(req.port.locale, "poster.card.closed")) };
      return failed(req, result.error);
    }
    return answer(deps, campaign.value.name, campaignId, version, approved, req, comment?.trim() || undefined);
  };
}

function answer(
  deps: PosterDeps,
  campaignName: string,
  campaignId: string,
  version: number,
  approved: boolean,
  req: CardActionRequest,
  comment?: string,
): CardActionResult {
  return {
    kind: "card",
    card: posterAnswerCard(
      { campaignName, version, approved, ...(comment ? { comment } : {}), posterUrl: posterUrl(deps, campaignId) },
      req.port.locale,
    ),
  };
}

function noticeHandler(poster: PosterServices, off: boolean): CardActionHandler {
  return async (req) => {
    const aadObjectId = req.port.caller.aadObjectId;
    if (!aadObjectId) return message(req, "error.unauthorized");
    await poster.repositories.notices.set({ aadObjectId, off, at: poster.deps.ctx.clock().toISOString() });
    return { kind: "card", card: noticePreferenceCard(off, req.port.locale) };
  };
}

export function posterCardActions(poster: PosterServices): Readonly<Record<PosterVerb, CardActionHandler>> {
  return {
    [POSTER_VERB.approve]: answerHandler(poster, true),
    [POSTER_VERB.requestChange]: answerHandler(poster, false),
    [POSTER_VERB.noticesOff]: noticeHandler(poster, true),
    [POSTER_VERB.noticesOn]: noticeHandler(poster, false),
  };
}
