import { executeInvoke } from "../../support/recruitmentActivities";
import { TabSession } from "../../support/tabApi";
import { channelMessage, TEAM_ID, user, type TeamsUser } from "../../support/teamsActivities";
import { startTestServer, type TestServer } from "../../support/testServer";

/** An agent's profile as they fill in the card's form, and the language their Teams speaks. */
interface Profile {
  readonly ageBand: string;
  readonly sex: string;
  readonly category: string;
  readonly staffKind: string;
  readonly locale?: "fr" | "en";
}

/** The same activity sent from a channel of another team (the fixtures' activities come from TEAM_ID). */
function fromTeam<A extends { channelData: object }>(activity: A, teamId: string, name: string): A {
  return teamId === TEAM_ID
    ? activity
    : { ...activity, channelData: { ...activity.channelData, team: { id: teamId, name }, channel: { id: teamId } } };
}

/** The tab's recruitment API. Local mode: the caller is "local-user". */
describe("recruitment API", () => {
  let server: TestServer;
  const me = { id: "29:local", name: "Camille Coordinatrice", aadObjectId: "local-user" };

  beforeAll(async () => {
    server = await startTestServer({ env: { OUTBOX_POLL_MS: "50" } });
  });
  afterAll(async () => {
    await server.stop();
  });
  afterEach(() => {
    expect(server.connector.cardProblems).toEqual([]);
  });

  async function call(method: string, path: string, body?: unknown, locale = "fr-FR") {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { "Content-Type": "application/json", "Accept-Language": locale },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- API answers are checked field by field below
    return { status: res.status, body: (await res.json()) as Record<string, any> };
  }

  /**
   * `coordinator` posts « inviter » in a channel of `team`; each agent volunteers from that card and fills in their
   * profile, in their own language. Answers the invitation card.
   */
  async function inviteAndVolunteer(
    coordinator: TeamsUser,
    campaignId: string,
    profiles: readonly Profile[],
    team = { id: TEAM_ID, name: "Service funéraire" },
    firstAgent = 500,
  ): Promise<string> {
    const invite = fromTeam(
      channelMessage({
        serviceUrl: server.connector.url,
        from: coordinator,
        text: "inviter",
        locale: "fr-FR",
        channelId: team.id,
      }),
      team.id,
      team.name,
    );
    expect((await server.postActivity(invite)).status).toBe(200);
    const invitation = server.connector.sentTo(invite.conversation.id)[0]!;
    const card = JSON.stringify(server.connector.cardsSentTo(invite.conversation.id)[0]);
    // The card is the invitation to this campaign.
    expect(card).toContain("recruitment.volunteer");
    expect(card).toContain(`"campaignId":${JSON.stringify(campaignId)}`);
    for (const [i, p] of profiles.entries()) {
      const { locale, ...profile } = p;
      for (const [verb, data] of [
        ["recruitment.volunteer", {}],
        ["recruitment.saveProfile", { ...profile, consent: "true" }],
      ] as const) {
        const res = await server.postActivity(
          fromTeam(
            executeInvoke({
              serviceUrl: server.connector.url,
              from: user(firstAgent + i),
              verb,
              data: { campaignId, ...data },
              locale: locale === "en" ? "en-GB" : "fr-FR",
              replyToId: invitation.id,
              conversationId: invite.conversation.id,
            }),
            team.id,
            team.name,
          ),
        );
        expect(res.status).toBe(200);
        expect((res.body as { type?: string }).type).toBe("application/vnd.microsoft.card.adaptive");
      }
    }
    return card;
  }

  it("creates a campaign with the caller as coordinator, warns about spacing, and answers a resend with the same campaign", async () => {
    const body = {
      id: "0b9e6a52-7f0c-4c5e-9a43-1e2d3c4b5a69",
      name: "Service funéraire",
      approach: "thematic",
      services: ["Service funéraire"],
      workshop1: "2027-03-02",
      workshop2: "2027-05-02",
    };
    const created = await call("POST", "/api/campaigns", body);
    expect(created.status).toBe(201);
    expect(created.body.campaign.coordinatorIds).toEqual(["local-user"]);
    expect(created.body.warnings[0].code).toBe("spacing.tooFar");
    const again = await call("POST", "/api/campaigns", body);
    expect(again.status).toBe(200);
    expect(again.body.campaign.id).toBe(body.id);
  });

  it("refuses bad input with a localised error and stores nothing", async () => {
    const bad = await call("POST", "/api/campaigns", { name: "X", approach: "thematic", services: ["A"] }, "en-GB");
    expect(bad.status).toBe(422);
    expect(bad.body.error.code).toBe("campaign.nameLength");
    const notJson = await call("POST", "/api/campaigns", { name: 12 });
    expect(notJson.status).toBe(400);
    expect(notJson.body.error.message).toContain("La requête est mal formée");
  });

  it("imports the make-up from CSV, naming the bad line, and changes dates with the spacing warning", async () => {
    const { body } = await call("POST", "/api/campaigns", {
      name: "Médiathèque",
      approach: "thematic",
      services: ["Médiathèque"],
    });
    const id = body.campaign.id as string;
    const badCsv = await call("PATCH", `/api/campaigns/${id}`, { makeupCsv: "category;count\nA;3\nZ;4\n" });
    expect(badCsv.status).toBe(422);
    expect(badCsv.body.error.code).toBe("makeup.invalidValue");
    expect(badCsv.body.error.params.line).toBe(3);
    expect(badCsv.body.error.message).toContain("3");
    const ok = await call("PATCH", `/api/campaigns/${id}`, {
      makeupCsv: "category;count\nA;3\nB;5\nC;12\n",
      workshop1: "2027-03-02",
      workshop2: "2027-03-05",
    });
    expect(ok.status).toBe(200);
    expect(ok.body.makeup).toHaveLength(3);
    expect(ok.body.warnings[0].code).toBe("spacing.tooClose");
    const typed = await call("PATCH", `/api/campaigns/${id}`, {
      makeup: [
        { match: { category: "A" }, count: 2 },
        { match: { sex: "x" }, count: 1 },
      ],
    });
    expect(typed.status).toBe(422);
    expect(typed.body.error.code).toBe("makeup.invalidValue");
  });

  it("forbids a non-coordinator to edit, select or see the outbox, and hides small groups from them", async () => {
    // Another coordinator's campaign, recruiting in their own team.
    const someoneElse = user(900, "Dominique Autre");
    const created = await new TabSession(server.url, someoneElse.aadObjectId).post("/api/campaigns", {
      name: "Médiathèque Nord",
      approach: "thematic",
      services: ["Médiathèque Nord"],
    });
    expect(created.status).toBe(201);
    const other = { id: created.body.campaign.id as string };
    await inviteAndVolunteer(
      someoneElse,
      other.id,
      [
        ...Array.from(
          { length: 6 },
          () => ({ ageBand: "30to44", sex: "female", category: "C", staffKind: "technical" }) as const,
        ),
        { ageBand: "55plus", sex: "male", category: "A", staffKind: "administrative" },
      ],
      { id: "19:mediatheque-nord@thread.tacv2", name: "Médiathèque Nord" },
      600,
    );
    expect((await call("PATCH", `/api/campaigns/${other.id}`, { workshop1: "2027-03-02" })).status).toBe(403);
    const confirm = await call("POST", `/api/campaigns/${other.id}/panel/confirm`, { selectedIds: [] });
    expect(confirm.status).toBe(403);
    expect(confirm.body.error.message).toContain("Seules les personnes qui coordonnent");
    expect((await call("POST", `/api/campaigns/${other.id}/panel/preview`, { selectedIds: [] })).status).toBe(403);
    expect((await call("GET", `/api/campaigns/${other.id}/outbox`)).status).toBe(403);
    const view = await call("GET", `/api/campaigns/${other.id}/recruitment`);
    expect(view.status).toBe(200);
    expect(view.body.canSelect).toBe(false);
    expect(view.body.volunteers).toBeUndefined();
    expect(view.body.proposal).toBeUndefined();
    const category = view.body.breakdown.find((d: { dimension: string }) => d.dimension === "category");
    // 6 in C, 1 in A: the lone A is hidden, and C with it so it cannot be recovered by subtraction.
    expect(category.rows.map((r: { volunteers: number | null }) => r.volunteers)).toEqual([null, 0, null]);
  });

  it("shows the coordinator the proposal and its gaps, the effect of a swap, and tells every volunteer the outcome in their language", async () => {
    const { body } = await call("POST", "/api/campaigns", {
      name: "Piscine",
      approach: "thematic",
      services: ["Piscine"],
      workshop1: "2027-03-02",
    });
    const id = body.campaign.id as string;
    await call("PATCH", `/api/campaigns/${id}`, { makeupCsv: "category;count\nA;2\nB;2\nC;4\n" });
    // The campaign gets its team: the coordinator posts the invitation in a channel, and the agents volunteer from it.
    const invitation = await inviteAndVolunteer(me, id, [
      ...Array.from(
        { length: 6 },
        () => ({ ageBand: "30to44", sex: "female", category: "C", staffKind: "technical" }) as const,
      ),
      { ageBand: "45to54", sex: "male", category: "B", staffKind: "administrative", locale: "en" },
      { ageBand: "55plus", sex: "female", category: "B", staffKind: "administrative" },
      { ageBand: "30to44", sex: "male", category: "C", staffKind: "administrative" },
    ]);
    const view = await call("GET", `/api/campaigns/${id}/recruitment`);
    expect(view.status).toBe(200);
    expect(view.body.canSelect).toBe(true);
    expect(view.body.proposal.selectedIds).toHaveLength(8);
    // No volunteer in category A: the gap is named.
    expect(view.body.proposal.gaps).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "quota", dimension: "category", value: "A", missing: 2 }),
      ]),
    );
    const categoryRows = view.body.breakdown.find((d: { dimension: string }) => d.dimension === "category").rows;
    expect(categoryRows.map((r: { volunteers: number }) => r.volunteers)).toEqual([0, 2, 7]);
    // Deterministic: asking again proposes the same panel.
    expect((await call("GET", `/api/campaigns/${id}/recruitment`)).body.proposal.selectedIds).toEqual(
      view.body.proposal.selectedIds,
    );

    const proposed: string[] = view.body.proposal.selectedIds;
    const outside = (view.body.volunteers as { id: string }[]).map((v) => v.id).find((v) => !proposed.includes(v))!;
    const preview = await call("POST", `/api/campaigns/${id}/panel/preview`, {
      selectedIds: [...proposed.slice(1), outside],
    });
    expect(preview.status).toBe(200);
    expect(preview.body.report.dimensions).toHaveLength(4);
    expect(
      (await call("POST", `/api/campaigns/${id}/panel/preview`, { selectedIds: ["nobody"] })).body.error.code,
    ).toBe("recruitment.unknownVolunteer");
    expect(invitation).toContain("Piscine");

    const confirmed = await call("POST", `/api/campaigns/${id}/panel/confirm`, { selectedIds: proposed });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ notified: true, queued: 9 });
    const personal = () => server.connector.activities.filter((a) => a.conversationId.startsWith("a:personal-"));
    await server.connector.waitFor(() => personal().length >= 9, 10_000);
    const texts = personal().map((a) => JSON.stringify(a.activity.attachments?.[0]?.content));
    expect(
      texts.filter((t) => t.includes("Vous faites partie du panel") || t.includes("You are on the workshop 1 panel")),
    ).toHaveLength(8);
    expect(
      texts.filter((t) => t.includes("Merci pour votre proposition") || t.includes("Thank you for volunteering")),
    ).toHaveLength(1);
    expect(texts.some((t) => t.includes("You are on") || t.includes("Thank you for volunteering"))).toBe(true);
    expect(texts.filter((t) => t.includes("Vous faites partie")).every((t) => t.includes("2027"))).toBe(true);
    // Confirming the same panel again tells nobody twice.
    expect((await call("POST", `/api/campaigns/${id}/panel/confirm`, { selectedIds: proposed })).body.queued).toBe(0);
    const progress = await call("GET", `/api/campaigns/${id}/outbox`);
    expect(progress.body.progress.total).toBe(9);
    // Per batch too, counted from the status column only.
    expect(progress.body.jobs).toEqual([
      expect.objectContaining({ kind: "selection", counts: expect.objectContaining({ total: 9 }) }),
    ]);
    expect(progress.body.failures).toEqual([]);
  });
});
