import { randomUUID } from "node:crypto";
import type { Browser, BrowserContext, Frame, Page } from "playwright-core";
import type { SsoUser } from "../../support/teamsHost/localEntraIssuer";
import {
  FRAME_SIZES,
  initializeAnswer,
  legacyContext,
  type TabLaunch,
  type TeamsTheme,
} from "../../support/teamsHost/teamsContext";
import { TEAMS_HOSTNAME } from "../../support/teamsHost/teamsHostServer";

/** The static tabs of the manifest (manifest/manifest.template.json) and their contentUrl's path. */
const STATIC_TAB_CONTENT_PATHS: Readonly<Record<string, string>> = { home: "/" };

/** What the host page offers the test (tests/support/teamsHost/hostPage.ts). */
interface HostPageGlobals {
  readonly teamsHost: {
    load(url: string, width: number, height: number): void;
    send(func: string, args: unknown[]): void;
  };
}

/** A message from the tab, as teams-js posts it to its parent. */
export interface HostRequest {
  readonly id: number;
  readonly uuid?: string;
  readonly func: string;
  readonly args: unknown[];
  readonly origin: string;
}

/** What the simulated Teams knows beyond one tab: the app, and how to sign a user's SSO token. */
export interface TeamsWorld {
  readonly publicHostname: string;
  /** The manifest id: deep links name it (https://teams.microsoft.com/l/entity/<id>/<entityId>). */
  readonly teamsAppId: string;
  readonly tenantId: string;
  token(user: SsoUser, options: { expired: boolean }): Promise<string>;
}

export interface OpenTabOptions extends Partial<TabLaunch> {
  readonly user: SsoUser;
  /** The page of the app the tab's contentUrl names (default « / », the static tab). */
  readonly path?: string;
  /** How many getAuthToken calls, from the first, get a token that expired (to test the tab's renewal). */
  readonly expiredTokens?: number;
  /** Teams cannot give a token (e.g. « resourceRequiresConsent »): getAuthToken fails with this reason. */
  readonly tokenError?: string;
  /**
   * Whether Teams lets this user share the app to the meeting stage (default true); false answers
   * getAppContentStageSharingCapabilities as Teams does for an attendee who is not a presenter.
   */
  readonly mayShareToStage?: boolean;
  /** The host page's name: Teams' by default; another to check who may frame the tab. */
  readonly hostname?: string;
}

/**
 * Teams as the tab sees it: a host page at https://teams.microsoft.com framing the tab's
 * contentUrl, answering teams-js as Teams does (initialize, getContext, getAuthToken, stage sharing,
 * deep links) and sending its events (themeChange). Everything the tab asked is recorded.
 */
export class SimulatedTeams {
  constructor(
    readonly browser: Browser,
    readonly world: TeamsWorld,
  ) {}

  async open(options: OpenTabOptions): Promise<TeamsTab> {
    const launch: TabLaunch = {
      frameContext: options.frameContext ?? "content",
      locale: options.locale ?? "fr-FR",
      theme: options.theme ?? "default",
      user: options.user,
      tenantId: options.tenantId ?? this.world.tenantId,
      entityId: options.entityId ?? "home",
      ...(options.subEntityId !== undefined ? { subEntityId: options.subEntityId } : {}),
      ...(options.meetingChatId !== undefined ? { meetingChatId: options.meetingChatId } : {}),
    };
    // The Teams window is wider than any frame; the frame's size is the context's (side panel: 320 px).
    const context = await this.browser.newContext({ viewport: { width: 1400, height: 800 }, locale: launch.locale });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    const tab = new TeamsTab(
      context,
      page,
      this.world,
      launch,
      options.expiredTokens ?? 0,
      options.tokenError,
      options.mayShareToStage ?? true,
    );
    await page.exposeBinding("teamsHostReceive", (_source, request: HostRequest) => tab.answer(request));
    await page.goto(`https://${options.hostname ?? TEAMS_HOSTNAME}/_#/apps/${this.world.teamsAppId}`);
    await tab.load(options.path ?? "/");
    return tab;
  }
}

export class TeamsTab {
  /** Every message the tab sent to Teams, in order. */
  readonly requests: HostRequest[] = [];
  /** The URLs the tab asked Teams to share to the meeting stage (meeting.shareAppContentToStage). */
  readonly stageShares: string[] = [];
  /** The links the tab asked Teams to open (app.openLink / executeDeepLink). */
  readonly deepLinks: string[] = [];
  /** The SSO tokens handed out, in order, and whether each had expired. */
  readonly tokens: { readonly token: string; readonly expired: boolean }[] = [];
  private readonly sessionId = randomUUID();

  constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    private readonly world: TeamsWorld,
    private launch: TabLaunch,
    private expiredTokensLeft: number,
    private readonly tokenError?: string,
    private readonly mayShareToStage = true,
  ) {}

  /** The tab's frame (its document changes when Teams navigates it; the Frame stays). */
  get frame(): Frame {
    const frame = this.page.frame({ name: "embedded-page-container" });
    if (!frame) throw new Error("the host page has no tab frame");
    return frame;
  }

  get current(): TabLaunch {
    return this.launch;
  }

  /** Loads the app's page `path` in the frame, sized for the frame context. */
  async load(path: string): Promise<void> {
    const { width, height } = FRAME_SIZES[this.launch.frameContext];
    const url = `https://${this.world.publicHostname}${path}`;
    await this.page.evaluate(([u, w, h]) => (globalThis as unknown as HostPageGlobals).teamsHost.load(u, w, h), [
      url,
      width,
      height,
    ] as const);
  }

  /** The user switches Teams' theme: Teams tells the open tab at once. */
  async setTheme(theme: TeamsTheme): Promise<void> {
    this.launch = { ...this.launch, theme };
    await this.page.evaluate(([func, arg]) => (globalThis as unknown as HostPageGlobals).teamsHost.send(func, [arg]), [
      "themeChange",
      theme,
    ] as const);
  }

  /**
   * The user follows a link to the app (a card's button, a chat message): Teams opens the tab the
   * link names, with the link's context.subEntityId in getContext. Links to other apps, or to tabs
   * this host does not know, are refused (false).
   */
  async openDeepLink(link: string): Promise<boolean> {
    const target = appDeepLinkTarget(link, this.world.teamsAppId);
    const contentPath = target && STATIC_TAB_CONTENT_PATHS[target.entityId];
    if (!target || contentPath === undefined) return false;
    this.launch = {
      ...this.launch,
      frameContext: "content",
      entityId: target.entityId,
      subEntityId: target.subEntityId,
    };
    await this.load(contentPath);
    return true;
  }

  async close(): Promise<void> {
    await this.context.close();
  }

  /** Teams' answer to one request from the tab; undefined for one-way messages. */
  async answer(request: HostRequest): Promise<{ args: unknown[] } | undefined> {
    this.requests.push(request);
    switch (request.func) {
      case "initialize":
        return { args: initializeAnswer(this.launch) };
      case "getContext":
        return { args: [legacyContext(this.launch, this.sessionId)] };
      case "authentication.getAuthToken": {
        if (this.tokenError !== undefined) return { args: [false, this.tokenError] };
        const expired = this.expiredTokensLeft > 0;
        if (expired) this.expiredTokensLeft -= 1;
        // Its place in the list is taken now: two requests at once sign their tokens concurrently,
        // and the list must stay in the order the tokens were asked for, not the order signed.
        const slot = this.tokens.push({ token: "", expired }) - 1;
        const token = await this.world.token(this.launch.user, { expired });
        this.tokens[slot] = { token, expired };
        return { args: [true, token] };
      }
      case "meeting.getAppContentStageSharingCapabilities":
        return { args: [null, { doesAppHaveSharePermission: this.mayShareToStage }] };
      case "meeting.getAppContentStageSharingState":
        return { args: [null, { isAppSharing: this.stageShares.length > 0 }] };
      case "meeting.shareAppContentToStage": {
        // Teams refuses the share itself too (SdkError PERMISSION_DENIED) to whoever may not share.
        if (!this.mayShareToStage) return { args: [{ errorCode: 1000, message: "not a presenter" }, null] };
        const [url] = request.args as [string];
        this.stageShares.push(url);
        return { args: [null, true] };
      }
      case "executeDeepLink": {
        const [link] = request.args as [string];
        this.deepLinks.push(link);
        // Teams opens a link to this app inside Teams; any other link goes to a browser tab.
        if (appDeepLinkTarget(link, this.world.teamsAppId)) void this.openDeepLink(link);
        return { args: [true] };
      }
      default:
        return undefined;
    }
  }
}

/** The tab a Teams deep link opens, when it is a link to this app's static tab. */
export function appDeepLinkTarget(
  link: string,
  teamsAppId: string,
): { readonly entityId: string; readonly subEntityId?: string } | undefined {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return undefined;
  }
  const m = /^\/l\/entity\/([^/]+)\/([^/]+)$/.exec(url.pathname);
  if (url.hostname !== TEAMS_HOSTNAME || !m || decodeURIComponent(m[1]!) !== teamsAppId) return undefined;
  let subEntityId: string | undefined;
  try {
    const context = JSON.parse(url.searchParams.get("context") ?? "{}") as { subEntityId?: unknown };
    if (typeof context.subEntityId === "string") subEntityId = context.subEntityId;
  } catch {
    // Teams ignores a context that is not JSON and opens the tab at its start.
  }
  return { entityId: decodeURIComponent(m[2]!), ...(subEntityId !== undefined ? { subEntityId } : {}) };
}
