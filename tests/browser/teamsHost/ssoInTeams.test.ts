import { appInTeams, CAMILLE } from "./appInTeams";

jest.setTimeout(60_000);
const env = appInTeams();

describe("smoke", () => {
  it("opens the tab in Teams", async () => {
    const tab = await env.teams.open({ user: CAMILLE });
    try {
      await tab.frame.getByText("Session de Camille Martin").waitFor();
    } finally {
      console.log(JSON.stringify(tab.requests.map((r) => r.func)));
      await tab.close();
    }
  });
});
