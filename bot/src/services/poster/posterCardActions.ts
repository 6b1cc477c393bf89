import { posterAnswerCard, posterInfoCard } from "../../cards/poster/posterAnswerCard";
import { posterValidationCard } from "../../cards/poster/posterValidationCard";
import type { PosterVerb } from "../../cards/poster/posterVerbs";
import { noticePreferenceCard } from "../../cards/poster/roadmapNoticeCard";
import { isPosterFinal } from "../../domain/poster";
import type { DomainError } from "../../domain/result";
import { domainErrorMessage } from "../../i18n/domainText";
import { translate } from "../../i18n/translate";
import { posterRepositories } from "../../storage/poster/posterRepositories";
import type { CardActionHandler, CardActionRequest, CardActionResult } from "../botPorts";
import type { FeatureContext } from "../featureContext";
import { teamsParticipantKey } from "./posterAccess";
import { answerPoster, statusOf } from "./posterService";
import { posterUrl, validationView } from "./validationRequests";

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

function answerHandler(ctx: FeatureContext, approved: boolean): CardActionHandler {
  return async (req) => {
    const campaignId = typeof req.data.campaignId === "string" ? req.data.campaignId : "";
    const version = typeof req.data.version === "number" ? req.data.version : Number(req.data.version);
    const comment = typeof req.data.comment === "string" ? req.data.comment : undefined;
    const aadObjectId = req.port.caller.aadObjectId;
    const campaign = campaignId ? await ctx.repos.campaigns.get(campaignId) : undefined;
    const stored = campaignId ? await posterRepositories(ctx.tables).posters.get(campaignId) : undefined;
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
      if (mine) return answer(ctx, campaign.value.name, campaignId, mine.version, mine.approved, req, mine.comment);
      return { kind: "card", card: posterInfoCard(translate(req.port.locale, "poster.card.closed")) };
    }
    if (record.poster.version !== version && !record.poster.closed) {
      const notice = translate(req.port.locale, "poster.card.stale", { version: record.poster.version });
      return {
        kind: "card",
        card: posterValidationCard(validationView(ctx, campaign.value.name, record.poster, notice), req.port.locale),
      };
    }
    const result = await answerPoster(ctx, campaignId, teamsParticipantKey(aadObjectId), {
      version,
      approved,
      ...(comment !== undefined ? { comment } : {}),
    });
    if (!result.ok) {
      if (result.error.code === "poster.commentRequired") {
        const notice = domainErrorMessage(req.port.locale, result.error);
        return {
          kind: "card",
          card: posterValidationCard(validationView(ctx, campaign.value.name, record.poster, notice), req.port.locale),
        };
      }
      if (result.error.code === "poster.closed")
        return { kind: "card", card: posterInfoCard(translate(req.port.locale, "poster.card.closed")) };
      return failed(req, result.error);
    }
    return answer(ctx, campaign.value.name, campaignId, version, approved, req, comment?.trim() || undefined);
  };
}

function answer(
  ctx: FeatureContext,
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
      { campaignName, version, approved, ...(comment ? { comment } : {}), posterUrl: posterUrl(ctx, campaignId) },
      req.port.locale,
    ),
  };
}

function noticeHandler(ctx: FeatureContext, off: boolean): CardActionHandler {
  return async (req) => {
    const aadObjectId = req.port.caller.aadObjectId;
    if (!aadObjectId) return message(req, "error.unauthorized");
    await posterRepositories(ctx.tables).notices.set({ aadObjectId, off, at: ctx.clock().toISOString() });
    return { kind: "card", card: noticePreferenceCard(off, req.port.locale) };
  };
}

export function posterCardActions(ctx: FeatureContext): Readonly<Record<PosterVerb, CardActionHandler>> {
  return {
    "poster.approve": answerHandler(ctx, true),
    "poster.requestChange": answerHandler(ctx, false),
    "roadmap.notify.off": noticeHandler(ctx, true),
    "roadmap.notify.on": noticeHandler(ctx, false),
  };
}
