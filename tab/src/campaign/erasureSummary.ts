import type { Locale } from "../i18n/locale";

/**
 * What an erase receipt names, per kind of record the server counts (bot/src/services/privacy/
 * personData.ts, ErasureSummary). The server's field names are not words a person reads.
 * An unknown kind (a newer server) is still counted, under a neutral word.
 */
const KINDS: Record<Locale, Record<string, string>> = {
  fr: {
    volunteer: "inscription de volontaire",
    agentPanel: "place au panel des agents",
    mixedPanel: "place au panel mixte",
    usagerPanel: "place au panel des usagers",
    nominations: "usagers proposés",
    usager: "fiche d'usager",
    attendance: "présences aux ateliers",
    outbox: "messages à envoyer",
    staffRole: "rôle dans la campagne",
    staffName: "nom connu de la campagne",
    history: "entrées de l'historique",
    poster: "traces sur l'affiche",
    roadmap: "mises à jour de la feuille de route",
  },
  en: {
    volunteer: "volunteer sign-up",
    agentPanel: "seat on the agent panel",
    mixedPanel: "seat on the mixed panel",
    usagerPanel: "seat on the usager panel",
    nominations: "usagers put forward",
    usager: "usager record",
    attendance: "workshop attendances",
    outbox: "messages waiting to be sent",
    staffRole: "role in the campaign",
    staffName: "name known to the campaign",
    history: "history entries",
    poster: "traces on the poster",
    roadmap: "roadmap updates",
  },
};
const OTHER: Record<Locale, string> = { fr: "autres données", en: "other data" };

/** The erase receipt's list: each kind that held something, in words, with its count; zero kinds are left out. */
export function erasureSummary(erased: Record<string, unknown>, locale: Locale, nothing: string): string {
  const parts = Object.entries(erased)
    .filter(([, v]) => v === true || (typeof v === "number" && v > 0))
    .map(([k, v]) => {
      const word = KINDS[locale][k] ?? OTHER[locale];
      return typeof v === "number" ? `${word} (${v})` : word;
    });
  return parts.length > 0 ? parts.join(", ") : nothing;
}
