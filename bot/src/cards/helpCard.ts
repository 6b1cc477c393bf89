import type { Locale } from "../i18n/locale";
import { translator } from "../i18n/translate";
import type { MessageKey } from "../i18n/fr";
import { COMMANDS, type CommandId } from "../domain/commands";
import { adaptiveCard, type AdaptiveCard, type Column } from "./adaptiveCard";
import { heading, imBack, paragraph } from "./elements";

const DESCRIPTION: Record<CommandId, MessageKey> = {
  help: "help.cmd.help",
  campaigns: "help.cmd.campaigns",
  newCampaign: "help.cmd.newCampaign",
  invite: "help.cmd.invite",
  workshop: "help.cmd.workshop",
  steps: "help.cmd.steps",
  roles: "help.cmd.roles",
};

const MAX_ACTIONS = 5;

/** Commands with no handler yet are listed honestly as coming, not hidden and not faked. */
export function helpCard(locale: Locale, available: ReadonlySet<CommandId>): AdaptiveCard {
  const t = translator(locale);
  const rows = COMMANDS.map((c) => {
    const word = locale === "fr" ? c.fr : c.en;
    const description = t(DESCRIPTION[c.id]) + (available.has(c.id) ? "" : ` (${t("help.comingSoon")})`);
    const columns: Column[] = [
      { type: "Column", width: "auto", items: [{ type: "TextBlock", text: word, weight: "bolder", wrap: true }] },
      {
        type: "Column",
        width: "stretch",
        items: [paragraph(description, available.has(c.id) ? {} : { subtle: true })],
      },
    ];
    return { type: "ColumnSet" as const, columns, spacing: "small" as const };
  });
  // Teams shows at most five actions on a card; « rôles » is reached from the steps card.
  const shortcuts = COMMANDS.filter((c) => available.has(c.id) && c.id !== "help")
    .slice(0, MAX_ACTIONS)
    .map((c) => imBack(locale === "fr" ? c.fr : c.en, locale === "fr" ? c.fr : c.en));
  return adaptiveCard([heading(t("help.title")), paragraph(t("help.intro")), ...rows], shortcuts);
}
