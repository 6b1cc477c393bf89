import { parseCommand } from "../../../bot/src/domain/commands";

describe("command parsing", () => {
  it.each([
    ["aide", "help"],
    ["Help", "help"],
    ["  AIDE !", "help"],
    ["/help", "help"],
    ["campagnes", "campaigns"],
    ["Nouvelle campagne", "newCampaign"],
    ["nouvelle   CAMPAGNE", "newCampaign"],
    ["new campaign", "newCampaign"],
    ["« atelier »", "workshop"],
    ["inviter", "invite"],
    ["créer une campagne", "newCampaign"],
  ])("%s → %s", (text, id) => {
    expect(parseCommand(text)).toMatchObject({ kind: "command", id });
  });

  it("keeps what follows the command words", () => {
    expect(parseCommand("atelier Service funéraire")).toEqual({
      kind: "command",
      id: "workshop",
      rest: "service funeraire",
    });
  });

  it("does not mistake a longer phrase for a shorter command", () => {
    expect(parseCommand("nouvelle campagne")).toMatchObject({ id: "newCampaign" });
    expect(parseCommand("campagne")).toMatchObject({ id: "campaigns" });
  });

  it("reports empty and unknown text, keeping the original for the hint", () => {
    expect(parseCommand("   ")).toEqual({ kind: "empty" });
    expect(parseCommand(undefined)).toEqual({ kind: "empty" });
    expect(parseCommand("Bonjour le bot")).toEqual({ kind: "unknown", text: "Bonjour le bot" });
    expect(parseCommand("aidez-moi")).toMatchObject({ kind: "unknown" });
  });
});
