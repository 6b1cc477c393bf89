import type { AddressInfo } from "node:net";
import type { Server } from "restify";
import { redactedConfig, type AppConfig } from "./config/config";
import { createLogger, type Logger } from "./logging/logger";
import { defaultTabDir } from "./paths";
import { systemClock, type Clock } from "./services/clock";
import { baseFeature } from "./services/baseFeature";
import type { CommandId } from "./domain/commands";
import { mergeFeatures, type Feature } from "./services/feature";
import { InstallationService } from "./services/installationService";
import { createRepositories, type Repositories } from "./storage/repositories";
import { TableClients } from "./storage/tableClients";
import { campaignFeature } from "./services/campaign/campaignFeature";
import { createCampaignServices } from "./services/campaign/campaignServices";
import { stepsCardFor } from "./services/campaign/stepsCardFor";
import { posterFeature } from "./services/poster/posterFeature";
import { createPosterServices } from "./services/poster/posterServices";
import { privacyFeature } from "./services/privacy/privacyFeature";
import { recruitmentFeature } from "./services/recruitment/recruitmentFeature";
import { createRecruitmentServices } from "./services/recruitment/recruitmentServices";
import { workshopFeature } from "./services/workshop/workshopFeature";
import { createWorkshopServices } from "./services/workshop/workshopServices";
import { createWorkshopLive, workshopTopic } from "./services/live/workshopLive";
import type { FeatureContext } from "./services/featureContext";
import { createBotAdapter } from "./transport/botAdapter";
import { createAuthenticator, LOCAL_PERSONAS } from "./transport/http/identity";
import { DEFAULT_PUBLIC_LIMITS } from "./transport/http/rateLimit";
import { createProactiveSender } from "./transport/proactiveSender";
import { createTeamRosterReader } from "./transport/teamRosterReader";
import { tabLink } from "./services/tabLink";
import { createHttpServer } from "./transport/server";
import { VivreEnsembleBot } from "./transport/teamsBot";
import packageJson from "../../package.json";

export interface RunningApp {
  readonly url: string;
  readonly port: number;
  readonly repos: Repositories;
  readonly tables: TableClients;
  readonly logger: Logger;
  close(): Promise<void>;
}

export interface StartOptions {
  readonly logger?: Logger;
  readonly clock?: Clock;
  /** How long to wait for storage before giving up; production waits for ever (undefined). */
  readonly storageWaitMs?: number;
}

export class PortInUseError extends Error {
  constructor(
    readonly host: string,
    readonly port: number,
  ) {
    super(`Port ${port} on ${host} is already in use`);
    this.name = "PortInUseError";
  }
}

/** The composition root: config in, a listening server out. Nothing else wires dependencies. */
export async function startApp(config: AppConfig, options: StartOptions = {}): Promise<RunningApp> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const clock = options.clock ?? systemClock;
  logger.info({ config: redactedConfig(config) }, "configuration");
  if (config.localMode) {
    logger.warn(
      { host: config.host },
      "local mode: no MicrosoftAppId, so incoming requests are not authenticated; listening on loopback only",
    );
  }

  const tables = TableClients.fromConfig(config.storage);
  await waitForStorage(tables, logger, options.storageWaitMs);
  const repos = createRepositories(tables);

  const appUrl = config.teamsAppId
    ? `https://teams.microsoft.com/l/entity/${encodeURIComponent(config.teamsAppId)}/home`
    : config.localMode
      ? `http://${config.host}:${config.port}/`
      : undefined;
  const adapter = createBotAdapter(config, logger);
  let baseUrl = "";
  const ctx: FeatureContext = {
    config,
    tables,
    repos,
    clock,
    logger,
    proactive: createProactiveSender(adapter, config.bot.appId, clock),
    outboxSender: createProactiveSender(
      createBotAdapter(config, logger, { connectorRetries: false }),
      config.bot.appId,
      clock,
    ),
    publicBaseUrl: () => (config.publicHostname ? `https://${config.publicHostname}` : baseUrl),
    tabLink: (path) =>
      tabLink(
        {
          ...(config.teamsAppId ? { teamsAppId: config.teamsAppId } : {}),
          ...(config.localMode && baseUrl ? { localBaseUrl: baseUrl } : {}),
        },
        path,
      ),
  };

  // The poster is built from recruitment's stores, and recruitment links to the poster: a late-bound port.
  const recruitment = createRecruitmentServices(ctx, {
    posterLinkOf: (campaignId, usagerId) => poster.usagerPosterLink(campaignId, usagerId),
  });
  // A change made here is pushed at once; other instances' changes at the next read (LIVE_INTERVAL_MS).
  const workshop = createWorkshopServices(ctx, {
    changed: (campaignId, kind) => live.nudge(workshopTopic(campaignId, kind)),
  });
  const live = createWorkshopLive(workshop, logger);
  const poster = createPosterServices(ctx, {
    workshop3Outcome: (campaignId) => workshop.workshop3Outcome(campaignId),
    recruitment: recruitment.stores,
    attendees: workshop.stores.attendees,
  });
  const campaign = createCampaignServices(ctx, {
    recruitment,
    workshop,
    poster,
    readRoster: createTeamRosterReader(adapter, config.bot.appId),
    localPeople: config.localMode ? LOCAL_PERSONAS.map((p) => ({ id: p.id, name: p.name.fr })) : [],
  });

  // Every capability plugs in here; the help card lists exactly the commands that have a handler.
  let available: ReadonlySet<CommandId> = new Set();
  const features: Feature[] = [
    baseFeature(repos, () => available),
    recruitmentFeature(recruitment),
    workshopFeature(ctx, workshop, stepsCardFor(ctx, campaign)),
    posterFeature(poster),
    privacyFeature(ctx, poster.personData),
    campaignFeature(ctx, campaign),
  ];
  const merged = mergeFeatures(features);
  available = new Set(Object.keys(merged.commands) as CommandId[]);

  const bot = new VivreEnsembleBot({
    repos,
    commands: merged.commands,
    cardActions: merged.cardActions,
    meetingEvents: merged.meetingEvents,
    guestVerbs: merged.guestVerbs,
    installation: new InstallationService(repos, clock, logger),
    clock,
    logger,
    ...(appUrl ? { appUrl } : {}),
  });

  const server = createHttpServer({
    ...ctx,
    authenticate: createAuthenticator(config, {
      ...(config.sso.appId ? { ssoAppId: config.sso.appId } : {}),
      ...(config.sso.jwksUrl ? { jwksUrl: config.sso.jwksUrl } : {}),
      ...(config.sso.issuerV1Base ? { issuerV1Base: config.sso.issuerV1Base } : {}),
      ...(config.sso.issuerV2Base ? { issuerV2Base: config.sso.issuerV2Base } : {}),
    }),
    adapter,
    bot,
    policy: {
      localMode: config.localMode,
      allowedTenantIds: config.bot.allowedTenantIds,
      allowedServiceUrlHosts: config.bot.allowedServiceUrlHosts,
    },
    production: config.env === "production",
    tabDir: config.tabDir ?? defaultTabDir(),
    publicLimits: { ...DEFAULT_PUBLIC_LIMITS, ...config.publicLimits, trustForwardedFor: config.env === "production" },
    version: packageJson.version,
    campaign,
    recruitment,
    workshop,
    poster,
    live,
  });

  const port = await listen(server, config.host, config.port);
  for (const worker of merged.workers) worker.start();
  const url = `http://${config.host}:${port}`;
  baseUrl = url;
  logger.info({ url }, "listening");
  return {
    url,
    port,
    repos,
    tables,
    logger,
    async close() {
      await Promise.all(merged.workers.map((w) => w.stop()));
      live.close();
      await closeServer(server);
    },
  };
}

async function waitForStorage(tables: TableClients, logger: Logger, maxWaitMs: number | undefined): Promise<void> {
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      await tables.ping();
      if (attempt > 1) logger.info({ attempt }, "storage reachable");
      return;
    } catch (error) {
      const waited = Date.now() - started;
      if (maxWaitMs !== undefined && waited >= maxWaitMs) throw error;
      const delay = Math.min(5000, 250 * 2 ** Math.min(attempt, 5));
      logger.warn({ attempt, retryInMs: delay }, "storage not reachable yet, waiting");
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}

function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(error.code === "EADDRINUSE" ? new PortInUseError(host, port) : error);
    };
    // restify re-emits the HTTP server's errors on itself: listen on both, or EADDRINUSE is unhandled.
    server.once("error", onError);
    server.server.once("error", onError);
    server.listen(port, host, () => {
      server.off("error", onError);
      server.server.off("error", onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    // Keep-alive sockets would hold close() open; they carry no work we need to finish.
    server.server.closeIdleConnections?.();
    setTimeout(() => server.server.closeAllConnections?.(), 2000).unref();
  });
}
