import { posterAnswerCard, posterInfoCard } from "../../../bot/src/cards/poster/posterAnswerCard";
import { posterValidationCard } from "../../../bot/src/cards/poster/posterValidationCard";
import { POSTER_VERBS } from "../../../bot/src/cards/poster/posterVerbs";
import { noticePreferenceCard, roadmapNoticeCard } from "../../../bot/src/cards/poster/roadmapNoticeCard";
import { cardProblems } from "../../support/cardValidator";

const view = {
  campaignId: "c1",
  campaignName: "Service [funéraire](https://evil.example) — 2027",
  version: 3,
  qualities: ["Respect", "Écoute"],
  commitments: { agents: ["prendre plus de temps"], usagers: ["respecter le règlement"], both: ["plus de politesse"] },
  posterUrl: "https://vivre-ensemble.example.fr/poster/c1",
};

describe("poster cards", () => {
  it.each(["fr", "en"] as const)("are valid Adaptive Cards 1.5 in %s", (locale) => {
    const cards = [
      posterValidationCard(view, locale),
      posterValidationCard({ ...view, notice: "L'affiche a changé" }, locale),
      posterAnswerCard(
        {
          campaignName: view.campaignName,
          version: 3,
          approved: false,
          comment: "Dire « politesse »",
          posterUrl: view.posterUrl,
        },
        locale,
      ),
      posterInfoCard("Terminé"),
      roadmapNoticeCard(
        {
          campaignName: view.campaignName,
          actionTitle: "prendre plus de temps",
          status: "done",
          progress: 100,
          roadmapUrl: "https://x.example/roadmap/c1",
        },
        locale,
      ),
      noticePreferenceCard(true, locale),
      noticePreferenceCard(false, locale),
    ];
    for (const card of cards) expect(cardProblems(card)).toEqual([]);
  });

  it("refers to the version it asks about and keeps user text out of markdown", () => {
    const card = posterValidationCard(view, "fr");
    const json = JSON.stringify(card);
    expect(card.actions?.flatMap((a) => (a.type === "Action.Execute" ? [a.verb] : []))).toEqual([
      "poster.approve",
      "poster.requestChange",
    ]);
    expect(
      card.actions?.every((a) => a.type !== "Action.Execute" || (a.data as { version: number }).version === 3),
    ).toBe(true);
    expect(json).toContain("Les agents s'engagent à prendre plus de temps.");
    // The campaign name (typed by a person) appears only inside a TextRun, never in a TextBlock.
    const textBlocks = JSON.stringify(card.body.filter((e) => e.type === "TextBlock"));
    expect(textBlocks).not.toContain("evil.example");
    expect(json).toContain("evil.example");
  });

  it("owns only namespaced verbs", () => {
    expect(POSTER_VERBS.every((v) => v.startsWith("poster.") || v.startsWith("roadmap."))).toBe(true);
  });
});
