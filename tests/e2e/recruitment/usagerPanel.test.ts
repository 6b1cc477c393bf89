import { executeInvoke } from "../../support/recruitmentActivities";
import { TabSession } from "../../support/tabApi";
import { channelMessage, user, type TeamsUser } from "../../support/teamsActivities";
import { startTestServer, type TestServer } from "../../support/testServer";

interface Row {
  value: string;
  volunteers: number | null;
}
interface UsagerItem {
  id: string;
  name: string;
  status: string;
  hasContact: boolean;
  contact?: string;
  linkExpiresAt?: string;
  profile?: Record<string, string>;
  selected: boolean;
}
interface PanelBody {
  canConfirm: boolean;
  acceptedCount: number;
  usagers: UsagerItem[];
  breakdown: { dimension: string; rows: Row[] }[];
  proposal: { selectedIds: string[]; report: { maxDeviation: number }; gaps: { kind: string }[] };
  confirmed?: { selectedIds: string[]; at: string };
}

/** The usager panel (workshop 2) as the tab uses it. Local mode: the API caller is "local-user". */
describe("usager panel API", () => {
  let server: TestServer;
  let campaignId: string;
  const links: Record<string, { id: string; token: string }> = {};
  const registered: string[] = [];
  /** The API's default caller, as the same person in Teams. */
  const me: TeamsUser = { id: "29:local", name: "Camille Coordinatrice", aadObjectId: "local-user" };
  const someoneElse = user(900, "Dominique Autre");

  async function call(method: string, path: string, body?: unknown, locale = "fr-FR") {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { "Content-Type": "application/json", "Accept-Language": locale },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }
  const as = (u: TeamsUser) => new TabSession(server.url, u.aadObjectId);
  const panelOf = async (id: string, who: TeamsUser = me) =>
    (await as(who).get(`/api/campaigns/${id}/usagers`)).body as unknown as PanelBody;
  /** A campaign another person coordinates, created in the tab as they would. */
  async function othersCampaign(name: string): Promise<string> {
    const res = await as(someoneElse).post("/api/campaigns", { name, approach: "thematic", services: [name] });
    expect(res.status).toBe(201);
    return res.body.campaign.id as string;
  }

  /**
   * Workshop 3 needs an agent panel: « inviter » in the channel, agents volunteer from the card, and the coordinator
   * confirms the proposed panel in the tab.
   */
  async function agentPanel(): Promise<void> {
    const invite = channelMessage({ serviceUrl: server.connector.url, from: me, text: "inviter", locale: "fr-FR" });
    expect((await server.postActivity(invite)).status).toBe(200);
    const invitation = server.connector.sentTo(invite.conversation.id)[0]!;
    const agents = Array.from({ length: 4 }, (_, i) => user(300 + i, `Agent ${i}`));
    for (const [i, agent] of agents.entries())
      for (const [verb, data] of [
        ["recruitment.volunteer", {}],
        [
          "recruitment.saveProfile",
          {
            ageBand: ["under30", "30to44", "45to54", "55plus"][i]!,
            sex: i % 2 === 0 ? "female" : "male",
            category: ["A", "B", "C", "C"][i]!,
            staffKind: "technical",
            consent: "true",
          },
        ],
      ] as const) {
        const res = await server.postActivity(
          executeInvoke({
            serviceUrl: server.connector.url,
            from: agent,
            verb,
            data: { campaignId, ...data },
            locale: "fr-FR",
            replyToId: invitation.id,
            conversationId: invite.conversation.id,
          }),
        );
        expect(res.status).toBe(200);
      }
    const view = await call("GET", `/api/campaigns/${campaignId}/recruitment`);
    const proposed = (view.body.proposal as { selectedIds: string[] }).selectedIds;
    expect(proposed.length).toBeGreaterThan(0);
    expect((await call("POST", `/api/campaigns/${campaignId}/panel/confirm`, { selectedIds: proposed })).status).toBe(
      200,
    );
  }

  beforeAll(async () => {
    server = await startTestServer();
    campaignId = (
      (
        await call("POST", "/api/campaigns", {
          name: "Mairie de quartier",
          approach: "thematic",
          services: ["Mairie de quartier"],
          panelSize: 4,
        })
      ).body as { campaign: { id: string } }
    ).campaign.id;
    const linked = [
      {
        name: "Mme Klein",
        contact: "06 11 22 33 44",
        answer: { kind: "individual", ageBand: "55plus", sex: "female", frequency: "regular" },
      },
      { name: "M. Roth", answer: { kind: "business", ageBand: "30to44", sex: "male", frequency: "occasional" } },
      { name: "Mme Meyer", contact: "meyer@example.org" },
    ];
    for (const u of linked) {
      const res = await call("POST", `/api/campaigns/${campaignId}/usagers`, {
        name: u.name,
        ...(u.contact ? { contact: u.contact } : {}),
      });
      const token = (res.body.link as string).split("/confirm/")[1]!;
      links[u.name] = { id: res.body.id as string, token };
      if (u.answer)
        expect(
          (await call("POST", `/api/confirm/${token}`, { answer: "accept", ...u.answer, consent: true })).status,
        ).toBe(200);
    }
    for (const p of [
      { name: "P1", kind: "individual", ageBand: "under30", sex: "female", frequency: "firstTime" },
      { name: "P2", kind: "association", ageBand: "45to54", sex: "male", frequency: "regular" },
      { name: "P3", kind: "individual", ageBand: "30to44", sex: "undisclosed", frequency: "occasional" },
    ]) {
      const res = await call("POST", `/api/campaigns/${campaignId}/usagers/register`, p);
      expect(res.status).toBe(201);
      registered.push(res.body.id as string);
    }
  });
  afterAll(async () => {
    await server.stop();
  });

  it("lists every usager with status, contact and link expiry for the coordinator, the balance of accepted usagers and a proposal", async () => {
    const res = await call("GET", `/api/campaigns/${campaignId}/usagers`);
    expect(res.status).toBe(200);
    const view = res.body as unknown as PanelBody;
    expect(view.canConfirm).toBe(true);
    expect(view.acceptedCount).toBe(5);
    expect(view.usagers).toHaveLength(6);
    const klein = view.usagers.find((u) => u.name === "Mme Klein")!;
    expect(klein).toMatchObject({
      status: "accepted",
      hasContact: true,
      contact: "06 11 22 33 44",
      selected: false,
      profile: { ageBand: "55plus" },
    });
    expect(Date.parse(klein.linkExpiresAt!)).toBeGreaterThan(Date.now());
    expect(view.usagers.find((u) => u.name === "Mme Meyer")).toMatchObject({ status: "nominated", hasContact: true });
    expect(view.usagers.find((u) => u.name === "M. Roth")).toMatchObject({ hasContact: false });
    // Met in person: no link was handed out.
    expect(view.usagers.find((u) => u.name === "P1")?.linkExpiresAt).toBeUndefined();
    expect(view.breakdown.map((b) => b.dimension)).toEqual(["kind", "ageBand", "sex", "frequency"]);
    const kind = view.breakdown.find((b) => b.dimension === "kind")!;
    expect(Object.fromEntries(kind.rows.map((r) => [r.value, r.volunteers]))).toEqual({
      individual: 3,
      business: 1,
      association: 1,
    });
    expect(view.proposal.selectedIds).toHaveLength(4);
    expect(view.confirmed).toBeUndefined();
    expect(
      ((await call("GET", `/api/campaigns/${campaignId}/usagers`)).body as unknown as PanelBody).proposal.selectedIds,
    ).toEqual(view.proposal.selectedIds);
  });

  it("previews the balance of a hand-made panel and refuses ids that are not accepted usagers, in the caller's language", async () => {
    const ok = await call("POST", `/api/campaigns/${campaignId}/usagers/panel/preview`, {
      selectedIds: [links["Mme Klein"]!.id, registered[0]!],
    });
    expect(ok.status).toBe(200);
    const report = ok.body.report as { dimensions: { dimension: string }[]; maxDeviation: number };
    expect(report.dimensions.map((d) => d.dimension)).toEqual(["kind", "ageBand", "sex", "frequency"]);
    const unknown = await call(
      "POST",
      `/api/campaigns/${campaignId}/usagers/panel/preview`,
      { selectedIds: ["nobody"] },
      "en-GB",
    );
    expect(unknown.status).toBe(422);
    expect(unknown.body.error).toMatchObject({ code: "recruitment.unknownUsager", params: { id: "nobody" } });
    // Nominated but not yet accepted: not eligible.
    const pending = await call("POST", `/api/campaigns/${campaignId}/usagers/panel/confirm`, {
      selectedIds: [links["Mme Meyer"]!.id],
    });
    expect(pending.status).toBe(422);
    expect(pending.body.error).toMatchObject({
      code: "recruitment.unknownUsager",
      params: { id: links["Mme Meyer"]!.id },
    });
    // Nothing confirmed, nobody selected.
    const after = await panelOf(campaignId);
    expect(after.confirmed).toBeUndefined();
    expect(after.usagers.filter((u) => u.selected)).toEqual([]);
  });

  it("refuses the list and the confirmation to those who do not coordinate, storing nothing, and answers 404 for a missing campaign", async () => {
    // Someone else coordinates it and names the caller its manager on the campaign's people page.
    const managed = { id: await othersCampaign("Piscine") };
    expect(
      (
        await as(someoneElse).post(`/api/campaigns/${managed.id}/roles`, {
          person: me.aadObjectId,
          name: me.name,
          role: "manager",
        })
      ).status,
    ).toBe(200);
    const seen = await call("GET", `/api/campaigns/${managed.id}/usagers`);
    expect(seen.status).toBe(200);
    expect((seen.body as unknown as PanelBody).canConfirm).toBe(false);
    const refused = await call(
      "POST",
      `/api/campaigns/${managed.id}/usagers/panel/confirm`,
      { selectedIds: [] },
      "en-GB",
    );
    expect(refused.status).toBe(403);
    expect((refused.body.error as { code: string }).code).toBe("campaign.forbidden");
    expect((await panelOf(managed.id)).confirmed).toBeUndefined();
    expect((await panelOf(managed.id, someoneElse)).confirmed).toBeUndefined();
    const stranger = { id: await othersCampaign("Médiathèque") };
    expect((await call("GET", `/api/campaigns/${stranger.id}/usagers`)).status).toBe(403);
    expect(
      (await call("POST", `/api/campaigns/${stranger.id}/usagers/panel/preview`, { selectedIds: [] })).status,
    ).toBe(403);
    expect(
      (await call("POST", `/api/campaigns/${stranger.id}/usagers/panel/confirm`, { selectedIds: [] })).status,
    ).toBe(403);
    // Its coordinator sees it as it was: no usager, no panel.
    const untouched = await panelOf(stranger.id, someoneElse);
    expect(untouched.usagers).toEqual([]);
    expect(untouched.confirmed).toBeUndefined();
    expect((await call("GET", "/api/campaigns/nope/usagers")).status).toBe(404);
    expect((await call("POST", "/api/campaigns/nope/usagers/panel/confirm", { selectedIds: [] })).status).toBe(404);
  });

  it("stores the confirmed panel idempotently and tells each usager the outcome on their own link", async () => {
    // The coordinator plans workshop 2 in the tab.
    expect(
      (
        await call("PATCH", `/api/campaigns/${campaignId}`, {
          workshop2: "2027-06-10T14:00:00.000Z",
          meetingUrl2: "https://teams.microsoft.com/l/meetup-join/w2",
        })
      ).status,
    ).toBe(200);
    const chosen = [registered[1]!, links["Mme Klein"]!.id, registered[0]!];
    const first = await call("POST", `/api/campaigns/${campaignId}/usagers/panel/confirm`, { selectedIds: chosen });
    expect(first.status).toBe(200);
    const second = await call("POST", `/api/campaigns/${campaignId}/usagers/panel/confirm`, {
      selectedIds: [...chosen].reverse(),
    });
    expect(second.body).toEqual(first.body);
    expect(first.body.selectedIds).toEqual([...chosen].sort());

    const view = (await call("GET", `/api/campaigns/${campaignId}/usagers`)).body as unknown as PanelBody;
    expect(view.confirmed).toEqual({ selectedIds: [...chosen].sort(), at: first.body.confirmedAt });
    expect(
      view.usagers
        .filter((u) => u.selected)
        .map((u) => u.id)
        .sort(),
    ).toEqual([...chosen].sort());

    const selected = await call("GET", `/api/confirm/${links["Mme Klein"]!.token}`);
    expect(selected.body.selection).toEqual({
      selected: true,
      workshopAt: "2027-06-10T14:00:00.000Z",
      meetingUrl: "https://teams.microsoft.com/l/meetup-join/w2",
    });
    const notSelected = await call("GET", `/api/confirm/${links["M. Roth"]!.token}`);
    expect(notSelected.body.selection).toEqual({ selected: false });
    expect((await call("GET", `/api/confirm/${links["Mme Meyer"]!.token}`)).body.selection).toBeUndefined();
  });

  it("asks only the confirmed usager panel about workshop 3", async () => {
    // Workshop 3 needs an agent panel; this campaign's agents are not the subject here.
    await agentPanel();
    const opened = await call("POST", `/api/campaigns/${campaignId}/mixed/open`);
    expect(opened.status).toBe(200);
    expect(opened.body.usagers).toBe(3);
    expect((await call("GET", `/api/confirm/${links["Mme Klein"]!.token}`)).body.mixed).toEqual({ closed: false });
    expect((await call("POST", `/api/confirm/${links["Mme Klein"]!.token}/mixed`, { answer: "yes" })).status).toBe(200);
    expect((await call("GET", `/api/confirm/${links["M. Roth"]!.token}`)).body.mixed).toBeUndefined();
    expect((await call("POST", `/api/confirm/${links["M. Roth"]!.token}/mixed`, { answer: "yes" })).status).toBe(422);
    const mixed = (await call("GET", `/api/campaigns/${campaignId}/mixed`)).body as {
      usagers: { asked: { id: string; answer?: string }[]; proposedIds: string[] };
    };
    expect(mixed.usagers.asked.map((a) => a.id).sort()).toEqual(
      [registered[1]!, links["Mme Klein"]!.id, registered[0]!].sort(),
    );
    expect(mixed.usagers.proposedIds).toEqual([links["Mme Klein"]!.id]);
  });
});
