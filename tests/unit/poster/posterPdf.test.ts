import { COMMIT_PARTIES } from "../../../bot/src/domain/workshopTemplate";
import { buildPoster } from "../../../bot/src/domain/poster";
import { renderPosterPdf } from "../../../bot/src/services/poster/posterPdf";
import { readPdf } from "../../browser/poster/pdfText";

function poster(qualities: string[], commitments: { party: "agents" | "usagers" | "both"; text: string }[]) {
  const built = buildPoster({
    id: "p1",
    campaign: { id: "c1", name: "Service funéraire — 2027" },
    keptQualities: qualities.map((text, i) => ({ id: `q${i}`, text })),
    commitments: commitments.map((c, i) => ({ id: `c${i}`, ...c })),
    now: new Date("2027-02-01T10:00:00Z"),
  });
  if (!built.ok) throw new Error(built.error.code);
  return built.value;
}

describe("poster PDF", () => {
  it("writes French typography through the standard fonts (« » ’ é è à ç œ) on an A4 portrait page", async () => {
    const p = poster(
      ["Cœur à l’écoute", "« Politesse »", "Sécurité", "Très grande disponibilité, çà et là"],
      [{ party: "agents", text: "élever la qualité de l’accueil « à chaque guichet »" }],
    );
    const bytes = await renderPosterPdf({
      poster: p,
      status: { state: "validated", version: 1, approvals: 8, total: 8 },
      serviceName: "Service funéraire",
      date: new Date("2027-02-01T10:00:00Z"),
      locale: "fr",
      size: "A4",
    });
    const pdf = await readPdf(bytes);
    expect(pdf.pages).toEqual([{ width: 595.28, height: 841.89 }]);
    for (const text of [
      "Cœur à l’écoute",
      "« Politesse »",
      "Très grande disponibilité, çà et là",
      "Les agents s'engagent à élever la qualité de l’accueil « à chaque guichet ».",
      "Validée par les 8 participants",
      "Service funéraire — 1 février 2027",
    ]) {
      expect(pdf.text).toContain(text);
    }
  });

  it("replaces characters the standard fonts cannot draw instead of failing, and keeps a long poster on one page", async () => {
    const many = Array.from({ length: 24 }, (_, i) => ({
      party: COMMIT_PARTIES[i % COMMIT_PARTIES.length]!,
      text: `engagement numéro ${i + 1} assez long pour occuper deux lignes sur une affiche imprimée au format A3 🙂`,
    }));
    const bytes = await renderPosterPdf({
      poster: poster(["Respect ✓"], many),
      status: { state: "closedByCoordinator", version: 1, approvals: 5, total: 9 },
      serviceName: "Mairie de quartier",
      date: new Date("2027-02-01T10:00:00Z"),
      locale: "en",
      size: "A3",
    });
    const pdf = await readPdf(bytes);
    expect(pdf.pages).toEqual([{ width: 841.89, height: 1190.55 }]);
    expect(pdf.text).toContain("Respect ?");
    expect(pdf.text).toContain("Validated by 5 participants out of 9");
    expect(pdf.text).toContain("numéro 24");
  });
});
