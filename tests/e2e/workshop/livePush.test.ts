import type { WorkshopLiveDto } from "../../../bot/src/contracts/liveApi";
import { domainErrorMessage } from "../../../bot/src/i18n/domainText";
import { fromWorkshop1Running } from "../../support/methodJourney";
import { user } from "../../support/teamsActivities";
import { JoinDevice, requestIdOf, stageState, WorkshopHarness } from "../../support/workshopHarness";

/**
 * The live push: the stage (a member) and usagers' phones (the join code) open a stream and get the
 * workshop's public view as it changes, without asking. The campaign reaches a running workshop 1
 * through Teams activities and the tab's API only.
 */
jest.setTimeout(120_000);

interface OpenStream {
  readonly snapshots: WorkshopLiveDto[];
  /** Resolves with the latest snapshot if it satisfies `test`, else with the first one to come that does. */
  next(test: (s: WorkshopLiveDto) => boolean, timeoutMs?: number): Promise<WorkshopLiveDto>;
  close(): void;
}

async function openStream(url: string, headers: Record<string, string>): Promise<OpenStream> {
  const controller = new AbortController();
  const res = await fetch(url, { headers: { Accept: "text/event-stream", ...headers }, signal: controller.signal });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
  expect(res.headers.get("cache-control")).toBe("no-store");
  const snapshots: WorkshopLiveDto[] = [];
  const waiters: { test: (s: WorkshopLiveDto) => boolean; resolve: (s: WorkshopLiveDto) => void }[] = [];
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = "";
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const lines = block.split("\n");
          if (!lines.includes("event: snapshot")) continue;
          const data = lines.find((l) => l.startsWith("data: "));
          const snapshot = JSON.parse(data!.slice(6)) as WorkshopLiveDto;
          snapshots.push(snapshot);
          for (const w of waiters.splice(0)) {
            if (w.test(snapshot)) w.resolve(snapshot);
            else waiters.push(w);
          }
        }
      }
    } catch {
      // Aborted by close().
    }
  })();
  return {
    snapshots,
    next: (test, timeoutMs = 5000) =>
      new Promise((resolve, reject) => {
        const latest = snapshots[snapshots.length - 1];
        if (latest && test(latest)) return resolve(latest);
        const timer = setTimeout(() => reject(new Error("no matching snapshot in time")), timeoutMs);
        waiters.push({
          test,
          resolve: (s) => {
            clearTimeout(timer);
            resolve(s);
          },
        });
      }),
    close: () => controller.abort(),
  };
}

const itemsOf = (s: WorkshopLiveDto) => (s.results.type === "contributions" ? s.results.items.map((i) => i.text) : []);

describe("live push to the stage and the phones", () => {
  const coordinator = user(1, "Claire Coordinatrice");
  const env = fromWorkshop1Running(coordinator);
  let code: string;

  beforeAll(async () => {
    code = (await stageState(env.server.url, env.journey.campaignId, { as: coordinator.aadObjectId })).join.code;
  });

  it("pushes a contribution to the stage and to every joined phone, and a new step after a command", async () => {
    const stage = await openStream(`${env.server.url}/api/workshops/${env.journey.campaignId}/live`, {
      Cookie: `ve-local-user=${coordinator.aadObjectId}`,
    });
    const phones = await Promise.all(
      Array.from({ length: 5 }, async () => {
        const device = new JoinDevice(env.server.url, code);
        await device.register();
        return openStream(`${env.server.url}/api/join/${code}/live`, {});
      }),
    );
    // The phones just let in show on the stage and console too (the facilitator's check against stuffing).
    const first = await stage.next((x) => x.devicesJoined === 5);
    expect(first.phase).toBe("input");
    expect(itemsOf(first)).toContain("Plus de politesse");

    const w = new WorkshopHarness(env.server, env.journey.campaignId, 1);
    const agent = env.journey.panel[3]!;
    const card = await w.card(agent, "workshop.refresh", { view: "participant" });
    const arrived = [stage, ...phones].map((s) => s.next((x) => itemsOf(x).includes("Accueillir sans jugement")));
    await w.card(agent, "workshop.contribute", {
      stepId: "actions",
      text: "Accueillir sans jugement",
      tag: "both",
      requestId: requestIdOf(card, "workshop.contribute"),
    });
    const seen = await Promise.all(arrived);
    expect(seen.every((s) => s.revision === first.revision)).toBe(true);

    const revision = first.revision;
    const moved = [stage, ...phones].map((s) => s.next((x) => x.revision > revision));
    await w.command(coordinator, "closeInput");
    expect((await Promise.all(moved)).map((s) => s.phase)).toEqual(Array(6).fill("closed"));

    // A snapshot is sent once per change: no client got the same view twice in a row.
    for (const s of [stage, ...phones]) {
      const versions = s.snapshots.map((x) => JSON.stringify(x));
      expect(versions.filter((v, i) => i > 0 && v === versions[i - 1])).toEqual([]);
    }
    for (const s of [stage, ...phones]) s.close();
  });

  it("refuses an unknown join code in the caller's language", async () => {
    const unknown = await fetch(`${env.server.url}/api/join/ZZZZZZ/live`, { headers: { "Accept-Language": "en-GB" } });
    expect(unknown.status).toBe(404);
    const body = (await unknown.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toMatch(/notFound$/);
    expect(body.error.message).toBe(
      domainErrorMessage("en", { code: body.error.code } as Parameters<typeof domainErrorMessage>[1]),
    );
  });
});
