import { translate } from "../../../bot/src/i18n/translate";
import { answeredCard, executeInvoke } from "../../support/recruitmentActivities";
import { channelMessage, TEAM_ID, user } from "../../support/teamsActivities";
import { startTestServer, type TestServer } from "../../support/testServer";
import { requestIdOf, textOf, WorkshopHarness } from "../../support/workshopHarness";

/**
 * What erasure used to miss: workshop attendance, the outbox's recipient records, staff roles and
 * the campaign's history. Driven only through the doors people have: /api/messages as Teams sends
 * it, and the tab's HTTP API (local mode: the tab's caller is "local-user").
 */
describe("export and erasure cover attendance, outbox recipients and staff roles", () => {
  let server: TestServer;
  let campaignId: string;
  let w: WorkshopHarness;
  const coordinator = user(1, "Claire Coordinatrice");
  const sophie = user(41, "Sophie Klein");
  const marc = user(42, "Marc Weber");
  const manager = user(43, "Paul Meyer");

  async function call(method: string, path: string, body?: unknown, locale = "fr-FR") {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { "Content-Type": "application/json", "Accept-Language": locale },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }
  const person = (id: string, campaign = campaignId) => `/api/campaigns/${campaign}/people/${encodeURIComponent(id)}`;
  const volunteer = (agent: typeof sophie) =>
    server.postActivity(
      executeInvoke({
        serviceUrl: server.connector.url,
        from: agent,
        verb: "recruitment.saveProfile",
        data: { campaignId, ageBand: "30to44", sex: "female", category: "C", staffKind: "technical", consent: "true" },
        locale: "fr-FR",
      }),
    );
  async function outboxSettled() {
    for (let i = 0; i < 100; i++) {
      const jobs = (await call("GET", `/api/campaigns/${campaignId}/outbox`)).body.jobs as {
        counts: { pending: number; sent: number };
      }[];
      if (jobs.length >= 2 && jobs.every((j) => j.counts.pending === 0)) return jobs;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error("the outbox never emptied");
  }
  async function contribute(agent: typeof sophie, text: string) {
    const card = await w.card(agent, "workshop.refresh", { view: "participant" });
    expect(
      textOf(
        await w.card(agent, "workshop.contribute", {
          stepId: "ideal",
          text,
          requestId: requestIdOf(card, "workshop.contribute"),
        }),
      ),
    ).toContain("Merci, c'est noté");
  }
  /** The participant card's per-user refresh lists the Teams ids of the attendees. */
  async function refreshedFor(command: string): Promise<string[]> {
    const before = w.sentCards().length;
    await w.command(coordinator, command);
    await server.connector.waitFor(() =>
      w
        .sentCards()
        .slice(before)
        .some((a) => a.method === "PUT" && textOf(a.activity).includes('"userIds"')),
    );
    const update = w
      .sentCards()
      .slice(before)
      .find((a) => a.method === "PUT" && textOf(a.activity).includes('"userIds"'))!;
    return (update.activity.attachments![0]!.content as { refresh: { userIds: string[] } }).refresh.userIds;
  }

  beforeAll(async () => {
    server = await startTestServer({ env: { OUTBOX_POLL_MS: "100", OUTBOX_PROGRESS_EVERY_MS: "100" } });
    server.connector.members.set(
      TEAM_ID,
      [coordinator, sophie, marc].map((m) => ({ id: m.id, name: m.name, aadObjectId: m.aadObjectId })),
    );
    const created = await call("POST", "/api/campaigns", {
      name: "Service funéraire — 2027",
      approach: "thematic",
      services: ["Service funéraire"],
      panelSize: 4,
    });
    expect(created.status).toBe(201);
    campaignId = (created.body.campaign as { id: string }).id;
    for (const [who, role] of [
      [coordinator, "coordinator"],
      [manager, "manager"],
    ] as const) {
      expect(
        (await call("POST", `/api/campaigns/${campaignId}/roles`, { person: who.aadObjectId, name: who.name, role }))
          .status,
      ).toBe(200);
    }

    // « inviter » in the team's channel, then 1:1 invitations to the whole team through the outbox.
    const message = channelMessage({
      serviceUrl: server.connector.url,
      from: coordinator,
      text: "inviter",
      locale: "fr-FR",
    });
    await server.postActivity(message);
    const controls = server.connector.sentTo(message.conversation.id)[1]!;
    const formId = (controls.activity.attachments?.[0]?.content as { actions: { data: { formId: string } }[] })
      .actions[0]!.data.formId;
    await server.postActivity(
      executeInvoke({
        serviceUrl: server.connector.url,
        from: coordinator,
        verb: "recruitment.inviteAll",
        data: { campaignId, formId },
        locale: "fr-FR",
        replyToId: controls.id,
        conversationId: message.conversation.id,
      }),
    );

    // Two agents volunteer; both are chosen, which notifies them 1:1 (a second outbox job).
    expect(answeredCard((await volunteer(sophie)).body).json).toContain("vous êtes volontaire");
    expect(answeredCard((await volunteer(marc)).body).json).toContain("vous êtes volontaire");
    expect((await call("PATCH", `/api/campaigns/${campaignId}`, { workshop1: "2027-03-02" })).status).toBe(200);
    expect(
      (
        await call("POST", `/api/campaigns/${campaignId}/panel/confirm`, {
          selectedIds: [sophie.aadObjectId, marc.aadObjectId],
        })
      ).status,
    ).toBe(200);
    await outboxSettled();

    // Workshop 1 in the meeting: both agents write something, which records them as attendees.
    const moved = await call("POST", `/api/campaigns/${campaignId}/moves`, {
      from: "recruitingAgents",
      to: "workshop1",
    });
    expect(moved.status).toBe(200);
    w = new WorkshopHarness(server, campaignId, 1);
    await w.say(coordinator, "atelier");
    await w.command(coordinator, "start");
    await w.command(coordinator, "openInput");
    await contribute(sophie, "Respect");
    await contribute(marc, "Écoute");
  });
  afterAll(async () => {
    await server.stop();
  });

  it("exports an agent's attendance and the messages queued to them, and nobody else's", async () => {
    const got = await call("GET", person(sophie.aadObjectId));
    expect(got.status).toBe(200);
    const data = got.body.person as Record<string, unknown>;
    expect(data.attendance).toEqual([{ workshop: 1, teamsId: sophie.id }]);
    const messages = data.messages as {
      kind: string;
      status: string;
      queuedAt: string;
      sentAt?: string;
      recipient: { teamsId: string; name?: string };
    }[];
    expect(messages.map((m) => [m.kind, m.status]).sort()).toEqual([
      ["invitation", "sent"],
      ["selection", "sent"],
    ]);
    for (const m of messages) {
      expect(m.recipient).toEqual({ teamsId: sophie.id, name: sophie.name });
      expect(Date.parse(m.queuedAt)).toBeLessThanOrEqual(Date.parse(m.sentAt!));
    }
    const text = JSON.stringify(got.body);
    for (const other of [marc, coordinator]) {
      expect(text).not.toContain(other.aadObjectId);
      expect(text).not.toContain(other.id);
      expect(text).not.toContain(other.name);
    }
    // The words written in the workshop are not linked to anyone, so they are not in anyone's export.
    expect(text).not.toContain("Respect");
  });

  it("exports a person who only holds a staff role: their role, their name and what the history says about them", async () => {
    const got = await call("GET", person(manager.aadObjectId));
    expect(got.status).toBe(200);
    const data = got.body.person as {
      staff: unknown;
      history: { kind: string; role?: string; by: string; person?: string }[];
    };
    expect(data.staff).toEqual({ role: "manager", name: "Paul Meyer" });
    expect(data.history).toEqual([
      { kind: "roleAdded", at: expect.any(String), role: "manager", by: "other", person: manager.aadObjectId },
    ]);
    expect(JSON.stringify(got.body)).not.toContain("local-user");
  });

  it("erases attendance and outbox recipient records, with a receipt counting each kind, and a repeat finds nothing", async () => {
    expect(await refreshedFor("reveal")).toEqual([sophie.id, marc.id].sort());
    const before = (await call("GET", `/api/campaigns/${campaignId}/outbox`)).body.progress as { total: number };

    const erased = await call("DELETE", person(sophie.aadObjectId));
    expect(erased.status).toBe(200);
    expect(erased.body.erased).toEqual({
      volunteer: true,
      agentPanel: true,
      mixedPanel: false,
      nominations: 0,
      usager: false,
      attendance: 1,
      outbox: 2,
      staffRole: 0,
      staffName: 0,
      history: 0,
      poster: 0,
      roadmap: 0,
    });
    expect(Date.parse(erased.body.erasedAt as string)).not.toBeNaN();
    expect((await call("GET", person(sophie.aadObjectId))).status).toBe(404);
    const again = await call("DELETE", person(sophie.aadObjectId));
    expect(again.status).toBe(404);
    expect((again.body.error as { code: string }).code).toBe("privacy.notFound");

    // Seen from the other doors: the participant card no longer refreshes for her, the outbox no longer counts her.
    expect(await refreshedFor("next")).toEqual([marc.id]);
    const after = (await call("GET", `/api/campaigns/${campaignId}/outbox`)).body as {
      progress: { total: number };
      jobs: unknown[];
    };
    expect(after.progress.total).toBe(before.total - 2);
    expect(JSON.stringify(after)).not.toContain(sophie.name);

    // Marc's data is untouched.
    const marcData = (await call("GET", person(marc.aadObjectId))).body.person as {
      attendance: unknown[];
      messages: unknown[];
    };
    expect(marcData.attendance).toHaveLength(1);
    expect(marcData.messages).toHaveLength(2);
  });

  it("erases a manager's role and name through the roles rule, and leaves no id of theirs in the history", async () => {
    const erased = await call("DELETE", person(manager.aadObjectId));
    expect(erased.status).toBe(200);
    expect(erased.body.erased).toMatchObject({ staffRole: 1, staffName: 1, history: 1, attendance: 0, outbox: 0 });
    const people = await call("GET", `/api/campaigns/${campaignId}/people`);
    expect(JSON.stringify(people.body)).not.toContain(manager.aadObjectId);
    expect(JSON.stringify(people.body)).not.toContain(manager.name);
    const progress = await call("GET", `/api/campaigns/${campaignId}/progress`);
    const history = JSON.stringify(progress.body);
    expect(history).not.toContain(manager.aadObjectId);
    expect(history).not.toContain(manager.name);
    // The entries stay: someone was named manager, then removed.
    expect(
      (progress.body.history as { kind: string; role?: string }[])
        .filter((e) => e.role === "manager")
        .map((e) => e.kind)
        .sort(),
    ).toEqual(["roleAdded", "roleRemoved"]);
    expect((await call("DELETE", person(manager.aadObjectId))).status).toBe(404);
  });

  it("refuses to erase the last coordinator, in French and in English, and erases nothing", async () => {
    const alone = await call("POST", "/api/campaigns", {
      name: "État civil — 2027",
      approach: "thematic",
      services: ["État civil"],
      panelSize: 4,
    });
    const id = (alone.body.campaign as { id: string }).id;
    const fr = await call("DELETE", person("local-user", id));
    expect(fr.status).toBe(422);
    expect(fr.body.error).toEqual({
      code: "privacy.lastCoordinator",
      message: translate("fr", "domain.privacy.lastCoordinator"),
    });
    const en = await call("DELETE", person("local-user", id), undefined, "en-GB");
    expect(en.status).toBe(422);
    expect(en.body.error).toEqual({
      code: "privacy.lastCoordinator",
      message: translate("en", "domain.privacy.lastCoordinator"),
    });
    expect(((await call("GET", person("local-user", id))).body.person as { staff: unknown }).staff).toMatchObject({
      role: "coordinator",
    });

    // With a second coordinator named, the first one's data can be erased; they no longer coordinate.
    expect(
      (
        await call("POST", `/api/campaigns/${id}/roles`, {
          person: coordinator.aadObjectId,
          name: coordinator.name,
          role: "coordinator",
        })
      ).status,
    ).toBe(200);
    const erased = await call("DELETE", person("local-user", id));
    expect(erased.status).toBe(200);
    expect(erased.body.erased).toMatchObject({ staffRole: 1 });
    expect((erased.body.erased as { history: number }).history).toBeGreaterThan(0);
    expect((await call("GET", person("local-user", id))).status).toBe(403);
  });
});
