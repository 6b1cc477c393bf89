import { remindersFor, type Reminder } from "../../domain/campaignSteps";
import { spacingWarningMessage } from "../../i18n/domainText";
import { localeFromAcceptLanguage, type Locale } from "../../i18n/locale";
import { translate } from "../../i18n/translate";
import type { Logger } from "../../logging/logger";
import type { CampaignRepository } from "../../storage/campaignRepository";
import type { RecruitmentRecordRepository } from "../../storage/recruitment/recruitmentRecordRepository";
import type { ReminderLogRepository } from "../../storage/reminderLogRepository";
import { formatDate } from "../../cards/recruitment/formatDate";
import type { Clock } from "../clock";
import { doOnce } from "../doOnce";
import { intervalWorker, type IntervalWorker } from "../intervalWorker";
import type { ProactiveSender } from "../proactive";
import type { CampaignServices } from "./campaignServices";
import type { StepsCardFor } from "./stepsCardFor";

export interface ReminderDeps {
  readonly campaigns: CampaignRepository;
  readonly records: RecruitmentRecordRepository;
  readonly log: ReminderLogRepository;
  readonly facts: CampaignServices["facts"];
  readonly stepsCard: StepsCardFor;
  readonly proactive: ProactiveSender;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly intervalMs: number;
}

/** Its passes resolve to the number of reminders sent. */
export type ReminderWorker = IntervalWorker<number>;

/** A panel reminder comes once a day while the workshop is close; a spacing one once per pair of dates. */
function keyOf(reminder: Reminder, now: Date): string {
  if (reminder.code === "reminder.panelNotConfirmed")
    return `panel-w${reminder.workshop}-${reminder.plannedAt}-${now.toISOString().slice(0, 10)}`;
  return `spacing-${reminder.warning.code}-${reminder.warning.params.days}`;
}

function textOf(reminder: Reminder, name: string, locale: Locale): string {
  const title = translate(locale, "campaign.reminder.title", { name });
  if (reminder.code === "reminder.panelNotConfirmed") {
    return `${title} — ${translate(locale, "campaign.reminder.panelNotConfirmed", { number: reminder.workshop, date: formatDate(reminder.plannedAt, locale) })}`;
  }
  return `${title} — ${translate(locale, "campaign.reminder.spacing", { warning: spacingWarningMessage(locale, reminder.warning) })}`;
}

/**
 * Gentle prompts driven by the dates: a few days before a workshop whose panel is not confirmed,
 * and when the dates break the 15-day-to-a-month rule, the coordinator's steps card is posted in
 * the team channel where the campaign was created, with the reminder on top.
 */
export function campaignReminderWorker(deps: ReminderDeps): ReminderWorker {
  async function pass(): Promise<number> {
    const now = deps.clock();
    let sent = 0;
    for (const campaign of await deps.campaigns.list()) {
      if (campaign.state === "closed") continue;
      const reminders = remindersFor(campaign, await deps.facts(campaign), now);
      if (reminders.length === 0) continue;
      const home = (await deps.records.get(campaign.id))?.value.home;
      if (!home) continue;
      const locale = localeFromAcceptLanguage(home.locale ?? campaign.locale);
      for (const reminder of reminders) {
        const once = await doOnce(
          { claims: deps.log, clock: deps.clock, logger: deps.logger },
          campaign.id,
          keyOf(reminder, now),
          async () => {
            // As a coordinator sees it, so the card carries the button to the next step.
            const coordinator = campaign.coordinatorIds[0];
            const answer = await deps.stepsCard(campaign.id, coordinator ? { aadObjectId: coordinator } : {}, locale, {
              text: textOf(reminder, campaign.name, locale),
              tone: "attention",
            });
            await deps.proactive.send(home, answer.kind === "card" ? { card: answer.card } : { text: answer.text });
          },
        );
        if (once.ran) sent++;
      }
    }
    return sent;
  }

  return intervalWorker("reminders", deps.intervalMs, deps.logger, pass);
}
