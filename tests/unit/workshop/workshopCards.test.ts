import { facilitatorCard } from "../../../bot/src/cards/workshop/facilitatorCard";
import { participantCard } from "../../../bot/src/cards/workshop/participantCard";
import { organiseCard } from "../../../bot/src/cards/workshop/organiseCard";
import { proxyEntryCard } from "../../../bot/src/cards/workshop/proxyEntryCard";
import {
  applyCommand,
  createWorkshop,
  currentStep,
  type FacilitatorCommand,
  type Workshop,
} from "../../../bot/src/domain/workshopMachine";
import { defaultWorkshopSettings } from "../../../bot/src/domain/workshopSettings";
import { expectValidCard } from "../../support/cardValidator";

const now = new Date("2026-11-26T09:00:00Z");

function run(kind: 1 | 3, commands: FacilitatorCommand["type"][]): Workshop {
  let w = createWorkshop({ id: `c.w${kind}`, campaignId: "c", kind, settings: defaultWorkshopSettings() }, now);
  for (const type of commands) {
    const next = applyCommand(w, { type } as FacilitatorCommand, now);
    if (!next.ok) throw new Error(`${type}: ${next.error.code}`);
    w = next.value;
  }
  return w;
}

describe("workshop cards", () => {
  const join = { code: "AB23CD45", url: "https://example.org/join/AB23CD45" };

  it("builds valid 1.5 cards for every screen, in French and English, with user text as TextRuns", () => {
    const screens: [1 | 3, FacilitatorCommand["type"][]][] = [
      [1, []],
      [1, ["start", "openInput"]],
      [1, ["start", "next", "next", "openInput"]],
      [1, ["start", "next", "next", "next", "openInput"]],
      [1, ["start", "pause"]],
      [3, ["start", "openInput"]],
      [3, ["start", "next", "next"]],
      [1, ["start", "end"]],
    ];
    for (const [kind, commands] of screens) {
      const w = run(kind, commands);
      for (const locale of ["fr", "en"] as const) {
        const p = participantCard(
          {
            campaignId: "c",
            kind,
            campaignName: "[x](https://evil.example)",
            view: currentStep(w),
            requestId: "req-1",
            personal: { entries: ["**gras**"], votes: { a: 1 }, dotsLeft: 2 },
            ballot: [{ id: "a", text: "Respect", origin: "both" }],
            notice: { text: "ok", tone: "good" },
            join,
            refresh: true,
          },
          locale,
        );
        expectValidCard(p);
        const json = JSON.stringify(p);
        expect(json).toContain('"type":"TextRun","text":"[x](https://evil.example)"');
        expect(json).not.toMatch(/"type":"TextBlock","text":"[^"]*evil/);
        const f = facilitatorCard(
          {
            campaignId: "c",
            kind,
            campaignName: "Service",
            workshop: w,
            view: currentStep(w),
            results: { type: "contributions", items: [{ id: "i1", text: "Respect", weight: 2, proxy: false }] },
            hidden: [{ id: "h1", text: "[x](https://evil.example)" }],
            priorities: [{ id: "p1", text: "Plus de politesse", origin: "both", commits: "both" }],
            join,
            requestId: "req-2",
            now,
          },
          locale,
        );
        expectValidCard(f);
        const room = proxyEntryCard(
          {
            campaignId: "c",
            kind,
            campaignName: "[x](https://evil.example)",
            view: currentStep(w),
            requestId: "req-3",
            label: "**Table 2**",
            text: "[y](https://evil.example)",
            notice: { text: "Ajouté pour « **Table 2** »", tone: "good" },
          },
          locale,
        );
        expectValidCard(room);
        expect(JSON.stringify(room)).not.toMatch(/"type":"TextBlock","text":"[^"]*(evil|\*\*)/);
        // The facilitator card, replaced as answers come in, holds no typing and no choices: its tool cards do.
        expect(JSON.stringify(f)).not.toMatch(/"id":"(proxyText|keepId|mergeIds|hideId|unhideId)"/);
        const organise = organiseCard(
          {
            campaignId: "c",
            kind,
            campaignName: "Service",
            view: currentStep(w),
            items: [{ id: "i1", text: "**Respect**" }],
            hidden: [{ id: "h1", text: "[x](https://evil.example)" }],
          },
          locale,
        );
        expectValidCard(organise);
        const takesContributions = (() => {
          const v = currentStep(w);
          return v.screen === "step" && v.step.type === "contributions";
        })();
        // Wherever the step takes contributions, duplicates can be merged, and a hidden item shown again.
        expect(JSON.stringify(organise).includes('"verb":"workshop.unhide"')).toBe(takesContributions);
        expect(JSON.stringify(organise).includes('"verb":"workshop.merge"')).toBe(takesContributions);
        expect(JSON.stringify(f).includes('"verb":"workshop.organiseForm"')).toBe(takesContributions);
      }
    }
  });

  it("offers the facilitator only the commands the state machine accepts", () => {
    const verbs = (w: Workshop) =>
      JSON.stringify(
        facilitatorCard(
          {
            campaignId: "c",
            kind: 1,
            campaignName: "S",
            workshop: w,
            view: currentStep(w),
            results: { type: "none" },
            join,
            requestId: "r",
            now,
          },
          "fr",
        ),
      ).match(/"verb":"workshop\.[a-zA-Z]+"/g);
    expect(verbs(run(1, []))).toEqual(['"verb":"workshop.start"', '"verb":"workshop.refresh"']);
    const open = verbs(run(1, ["start", "openInput"]));
    expect(open).toContain('"verb":"workshop.closeInput"');
    expect(open).not.toContain('"verb":"workshop.openInput"');
  });
});

describe("card size", () => {
  it("keeps the facilitator card well under Teams' message limit with hundreds of contributions", () => {
    let w = createWorkshop({ id: "c.w1", campaignId: "c", kind: 1, settings: defaultWorkshopSettings() }, now);
    for (const type of ["start", "openInput"] as const) {
      const next = applyCommand(w, { type }, now);
      if (next.ok) w = next.value;
    }
    const items = Array.from({ length: 600 }, (_, i) => ({
      id: `id-${i}`,
      text: `Une contribution assez longue numéro ${i} pour peser`,
      weight: 1 + (i % 3),
      proxy: false,
    }));
    const card = facilitatorCard(
      {
        campaignId: "c",
        kind: 1,
        campaignName: "S",
        workshop: w,
        view: currentStep(w),
        results: { type: "contributions", items },
        join: { code: "AB23CD45", url: "https://x/join/AB23CD45" },
        requestId: "r",
        now,
      },
      "fr",
    );
    expectValidCard(card);
    expect(JSON.stringify(card)).toContain("et 560 autre(s)");
  });
});
