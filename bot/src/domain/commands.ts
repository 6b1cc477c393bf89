/** Text commands the bot understands, in French and English. Pure: transport strips mentions first. */
export const COMMAND_IDS = ["help", "campaigns", "newCampaign", "invite", "workshop", "steps", "roles"] as const;
export type CommandId = (typeof COMMAND_IDS)[number];

export interface CommandSpec {
  readonly id: CommandId;
  readonly fr: string;
  readonly en: string;
  readonly aliases?: readonly string[];
}

export const COMMANDS: readonly CommandSpec[] = [
  { id: "help", fr: "aide", en: "help", aliases: ["?", "menu", "commandes", "commands"] },
  { id: "campaigns", fr: "campagnes", en: "campaigns", aliases: ["campagne", "campaign", "liste"] },
  {
    id: "newCampaign",
    fr: "nouvelle campagne",
    en: "new campaign",
    aliases: ["creer une campagne", "create campaign"],
  },
  { id: "invite", fr: "inviter", en: "invite", aliases: ["invitation"] },
  { id: "workshop", fr: "atelier", en: "workshop", aliases: ["lancer l'atelier", "start workshop"] },
  { id: "steps", fr: "étapes", en: "steps", aliases: ["étape suivante", "next step", "avancement", "progress"] },
  { id: "roles", fr: "rôles", en: "roles", aliases: ["responsables", "managers"] },
];

export type ParsedCommand =
  | { readonly kind: "command"; readonly id: CommandId; readonly rest: string }
  | { readonly kind: "unknown"; readonly text: string }
  | { readonly kind: "empty" };

export function normaliseCommandText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[«»“”"]/g, " ")
    .replace(/^\s*\/+/, "")
    .replace(/[.!]+\s*$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

// Longest phrases first, so "nouvelle campagne" wins over "campagne".
const PHRASES: readonly { phrase: string; id: CommandId }[] = COMMANDS.flatMap((c) =>
  [c.fr, c.en, ...(c.aliases ?? [])].map((p) => ({ phrase: normaliseCommandText(p), id: c.id })),
).sort((a, b) => b.phrase.length - a.phrase.length);

export function parseCommand(text: string | undefined): ParsedCommand {
  const normalised = normaliseCommandText(text ?? "");
  if (normalised === "") return { kind: "empty" };
  for (const { phrase, id } of PHRASES) {
    if (normalised === phrase || normalised.startsWith(`${phrase} `)) {
      return { kind: "command", id, rest: normalised.slice(phrase.length).trim() };
    }
  }
  return { kind: "unknown", text: (text ?? "").trim() };
}
