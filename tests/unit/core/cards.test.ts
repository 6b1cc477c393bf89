import { campaignListCard } from "../../../bot/src/cards/campaignListCard";
import { helpCard } from "../../../bot/src/cards/helpCard";
import { welcomeCard } from "../../../bot/src/cards/welcomeCard";
import { COMMAND_IDS } from "../../../bot/src/domain/commands";
import { cardProblems } from "../../support/cardValidator";

const locales = ["fr", "en"] as const;

describe("card builders", () => {
  it.each(locales)("build valid 1.5 cards in %s", (locale) => {
    const cards = [
      welcomeCard({ scope: "personal" }, locale),
      welcomeCard({ scope: "team", appUrl: "https://teams.microsoft.com/l/entity/app/home" }, locale),
      welcomeCard({ scope: "groupChat" }, locale),
      helpCard(locale, new Set(COMMAND_IDS)),
      helpCard(locale, new Set(["help"] as const)),
      campaignListCard([], locale),
      campaignListCard([{ name: "Service funéraire", state: "workshop1", services: ["Service funéraire"] }], locale),
    ];
    for (const card of cards) expect(cardProblems(card)).toEqual([]);
  });

  it("the validator really catches broken cards", () => {
    expect(cardProblems({ type: "AdaptiveCard", version: "1.5", body: [{ type: "Nope" }] }).length).toBeGreaterThan(0);
    expect(cardProblems({ type: "AdaptiveCard", version: "1.2", body: [] })).toContainEqual(
      expect.stringContaining("version"),
    );
    expect(
      cardProblems({
        type: "AdaptiveCard",
        version: "1.5",
        body: [],
        actions: [{ type: "Action.OpenUrl", title: "x" }],
      }).length,
    ).toBeGreaterThan(0);
  });

  it("marks commands without a handler as coming, and offers shortcuts only for working ones", () => {
    const card = JSON.stringify(helpCard("fr", new Set(["help", "campaigns"] as const)));
    expect(card).toContain("bientôt disponible");
    expect(card).not.toContain('"value":"nouvelle campagne"');
    expect(card).toContain('"value":"campagnes"');
  });

  it("never puts a coordinator-typed campaign name in markdown", () => {
    const card = campaignListCard([{ name: "[clic](https://evil.example)", state: "draft", services: ["S"] }], "fr");
    const textBlocks = JSON.stringify(card.body.filter((b) => b.type === "TextBlock"));
    expect(textBlocks).not.toContain("evil.example");
    expect(JSON.stringify(card)).toContain('"type":"TextRun","text":"[clic](https://evil.example)"');
  });
});
