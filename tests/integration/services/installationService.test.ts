import { InstallationService } from "../../../bot/src/services/installationService";
import { CampaignRepository } from "../../../bot/src/storage/campaignRepository";
import { ConversationRepository, type StoredConversation } from "../../../bot/src/storage/conversationRepository";
import { CLAIM_LEASE_MS, ProcessedActivityRepository } from "../../../bot/src/storage/processedActivityRepository";
import type { Repositories } from "../../../bot/src/storage/repositories";
import { eventually } from "../../support/eventually";
import { STORE_BACKENDS } from "../../support/storeBackends";
import { virtualClock } from "../../support/virtualClock";

type Announced = Omit<StoredConversation, "installedAt" | "updatedAt">;

const team: Announced = {
  conversationId: "19:general@thread.tacv2",
  conversationType: "channel",
  serviceUrl: "https://smba.example/emea/",
  tenantId: "tenant",
  teamId: "19:team@thread.tacv2",
  teamName: "Mairie",
  botId: "28:bot",
  locale: "fr-FR",
};

const personal: Announced = {
  conversationId: "a:personal-chat",
  conversationType: "personal",
  serviceUrl: "https://smba.example/emea/",
  tenantId: "tenant",
  botId: "28:bot",
  userAadObjectId: "aad-agent",
};

describe.each(STORE_BACKENDS)("installation service over %s", (_name, backend) => {
  function setUp() {
    const store = backend.open();
    const repos: Repositories = {
      campaigns: store.repository((c) => new CampaignRepository(c)),
      conversations: store.repository((c) => new ConversationRepository(c)),
      processedActivities: store.repository((c) => new ProcessedActivityRepository(c)),
    };
    const clock = virtualClock();
    const service = new InstallationService(repos, clock.date);
    const welcomes: string[] = [];
    const welcome = (conversationId: string) => async () => {
      welcomes.push(conversationId);
    };
    return { repos, clock, service, welcomes, welcome };
  }

  it("saves the conversation on every announcement and keeps the first install date", async () => {
    const { repos, clock, service, welcome } = setUp();
    const first = clock.date().toISOString();
    await service.installed(team, welcome(team.conversationId));
    clock.advance(60_000);
    await service.installed({ ...team, serviceUrl: "https://smba.example/amer/" }, welcome(team.conversationId));
    expect(await repos.conversations.get(team.conversationId)).toEqual({
      ...team,
      serviceUrl: "https://smba.example/amer/",
      installedAt: first,
      updatedAt: clock.date().toISOString(),
    });
  });

  it("keeps a personal chat findable by the user's Entra id, for proactive messages", async () => {
    const { repos, service, welcome } = setUp();
    await service.installed(personal, welcome(personal.conversationId));
    expect(await repos.conversations.personalFor("aad-agent")).toMatchObject({ conversationId: "a:personal-chat" });
  });

  it("welcomes once when Teams announces the install twice at the same moment, and not again on a resend", async () => {
    const { service, welcomes, welcome } = setUp();
    await Promise.all([
      service.installed(team, welcome(team.conversationId)),
      service.installed(team, welcome(team.conversationId)),
    ]);
    await service.installed(team, welcome(team.conversationId));
    expect(welcomes).toEqual([team.conversationId]);
  });

  it("welcomes at the next announcement when the welcome could not be sent", async () => {
    const { service, welcomes, welcome } = setUp();
    const unreachable = new Error("connector unreachable");
    await expect(service.installed(team, () => Promise.reject(unreachable))).rejects.toBe(unreachable);
    expect(welcomes).toEqual([]);
    await service.installed(team, welcome(team.conversationId));
    expect(welcomes).toEqual([team.conversationId]);
  });

  it("welcomes at the next announcement after the lease of a sender that died", async () => {
    const { service, clock, welcomes, welcome } = setUp();
    let died!: () => void;
    // The first sender never finishes (its process died mid-send).
    const dying = service.installed(team, () => new Promise<void>((resolve) => (died = resolve)));
    await eventually(() => died !== undefined);
    await service.installed(team, welcome(team.conversationId));
    expect(welcomes).toEqual([]);
    clock.advance(CLAIM_LEASE_MS + 1);
    await service.installed(team, welcome(team.conversationId));
    expect(welcomes).toEqual([team.conversationId]);
    died();
    await dying;
  });

  it("welcomes again after an uninstall and a reinstall, and only that conversation", async () => {
    const { service, welcomes, welcome } = setUp();
    await service.installed(team, welcome(team.conversationId));
    await service.installed(personal, welcome(personal.conversationId));
    await service.uninstalled(team.conversationId);
    await service.uninstalled(team.conversationId);
    await service.installed(team, welcome(team.conversationId));
    await service.installed(personal, welcome(personal.conversationId));
    expect(welcomes).toEqual([team.conversationId, personal.conversationId, team.conversationId]);
  });
});
