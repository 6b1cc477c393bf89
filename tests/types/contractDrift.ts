/**
 * Compile-time proof that the server and the tab cannot drift from the API table
 * (bot/src/contracts/api.ts): each `@ts-expect-error` below marks code that must NOT compile, so
 * if the table stopped binding one side, tsc would report the directive as unused and fail.
 * Checked by `npm run typecheck` (tests/types/tsconfig.json: the tab's DOM types and Node's, as
 * this file imports from both sides). Nothing here runs.
 */
import type { Server } from "restify";
import { z } from "zod";
import { ok } from "../../bot/src/domain/result";
import { register, type RouteDeps } from "../../bot/src/transport/http/route";
import type { ApiClient } from "../../tab/src/api/client";
import { useEndpoint } from "../../tab/src/api/useResource";

declare const server: Server;
declare const deps: RouteDeps;
declare const api: ApiClient;

export function serverSide(): void {
  // The route as the table declares it compiles.
  register(server, deps, "GET /api/me", { audience: "member" }, async (call) =>
    ok({ mode: "teams" as const, user: { id: call.me.id, name: call.me.name } }),
  );

  // (a) An answer that lacks a field of the contract (`user`) does not.
  // @ts-expect-error MeDto's `user` is missing from the answer
  register(server, deps, "GET /api/me", { audience: "member" }, async () => ok({ mode: "teams" as const }));

  // Nor one whose field has another type than the contract's.
  register(server, deps, "GET /api/campaigns", { audience: "member" }, async () =>
    // @ts-expect-error `campaigns` is a list of summaries, not a count
    ok({ campaigns: 3 }),
  );

  // (c) A body schema that is not the contract's body does not compile either.
  register(
    server,
    deps,
    "POST /api/campaigns/:campaignId/moves",
    // @ts-expect-error the moves route takes { from, to } states, not a free string
    { audience: "member", body: z.object({ from: z.string() }) },
    async () => ok(undefined),
  );
}

export async function tabSide(): Promise<void> {
  // The tab reads what the contract declares.
  const me = await api.call("GET /api/me", {});
  void me.user.name;
  const view = await api.call("GET /api/campaigns/:campaignId/progress", { campaignId: "c" });
  void view.moves.map((m) => m.blockers);

  // (b) A read of a field the contract lacks does not compile.
  // @ts-expect-error MeDto's user has no `email`
  void me.user.email;
  // @ts-expect-error the progress answer has no `budget`
  void view.campaign.budget;
  const campaigns = useEndpoint("GET /api/campaigns", {});
  // @ts-expect-error a summary has no `coordinators`
  if (campaigns.status === "ready") void campaigns.data.campaigns[0]?.coordinators;

  // (c) Nor a wrong body, a missing one, or missing path parameters.
  // @ts-expect-error `to` must be a campaign state
  await api.call("POST /api/campaigns/:campaignId/moves", { campaignId: "c" }, { from: "draft", to: "nowhere" });
  // @ts-expect-error the moves route needs a body
  await api.call("POST /api/campaigns/:campaignId/moves", { campaignId: "c" });
  // @ts-expect-error the path needs its `campaignId`
  await api.call("GET /api/campaigns/:campaignId/progress", {});
}
