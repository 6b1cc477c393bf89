import type { SsoUser } from "./localEntraIssuer";

/** Where Teams shows the tab (teams-js FrameContexts); the tests use the first three. */
export type FrameContext = "content" | "sidePanel" | "meetingStage" | "settings";
/** Teams' theme names, as getContext and themeChange carry them. */
export type TeamsTheme = "default" | "dark" | "contrast";

/** What Teams knows when it opens the tab: the context getContext answers with. */
export interface TabLaunch {
  readonly frameContext: FrameContext;
  /** The user's Teams language, e.g. fr-FR or en-US. */
  readonly locale: string;
  readonly theme: TeamsTheme;
  readonly user: SsoUser;
  readonly tenantId: string;
  /** The tab's entityId (static tab « home », or `${page}:${campaignId}` for a configured tab). */
  readonly entityId: string;
  /** The deep link's context.subEntityId, when the tab was opened from one. */
  readonly subEntityId?: string;
  /** In a meeting (side panel, stage): the meeting's chat. */
  readonly meetingChatId?: string;
}

/** The frame's size in each context: the meeting side panel is 320 px wide in the Teams clients. */
export const FRAME_SIZES: Record<FrameContext, { readonly width: number; readonly height: number }> = {
  content: { width: 1280, height: 720 },
  sidePanel: { width: 320, height: 720 },
  meetingStage: { width: 1280, height: 720 },
  settings: { width: 720, height: 480 },
};

/** Teams on the web, as the host of the tab. */
export const HOST_CLIENT_TYPE = "web";
/** The teams-js protocol version the host says it speaks (the library falls back to 2.0.1 without it). */
export const CLIENT_SUPPORTED_SDK_VERSION = "2.0.4";

/**
 * The capabilities the host declares at initialize (teams-js `runtime`, apiVersion 4), as Teams on
 * the web declares them for a tab: teams-js checks them in each capability's isSupported().
 */
export const RUNTIME_CONFIG = {
  apiVersion: 4,
  hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
  isLegacyTeams: false,
  supports: {
    app: {},
    appEntity: {},
    appInstallDialog: {},
    authentication: {},
    call: {},
    chat: {},
    conversations: {},
    dialog: { card: { bot: {} }, url: { bot: {}, parentCommunication: {} }, update: {} },
    interactive: {},
    meeting: {},
    menus: {},
    pages: { appButton: {}, backStack: {}, config: {}, currentApp: {}, fullTrust: {}, tabs: {} },
    profile: {},
    sharing: {},
    stageView: {},
    teams: { fullTrust: { joinedTeams: {} } },
    teamsCore: {},
  },
} as const;

/** The `initialize` answer: frame context, client type, runtime (JSON text), supported SDK version. */
export function initializeAnswer(launch: TabLaunch): unknown[] {
  return [launch.frameContext, HOST_CLIENT_TYPE, JSON.stringify(RUNTIME_CONFIG), CLIENT_SUPPORTED_SDK_VERSION];
}

/**
 * The `getContext` answer, in the flat (v1) shape Teams still sends and teams-js turns into
 * app.Context (app.locale, app.theme, page.frameContext, page.subPageId, user, meeting…).
 */
export function legacyContext(launch: TabLaunch, sessionId: string): Record<string, unknown> {
  return {
    locale: launch.locale,
    theme: launch.theme,
    entityId: launch.entityId,
    ...(launch.subEntityId !== undefined ? { subEntityId: launch.subEntityId } : {}),
    frameContext: launch.frameContext,
    hostClientType: HOST_CLIENT_TYPE,
    hostName: "Teams",
    appSessionId: sessionId,
    sessionId,
    ringId: "general",
    tid: launch.tenantId,
    userObjectId: launch.user.oid,
    userPrincipalName: launch.user.upn,
    loginHint: launch.user.upn,
    userDisplayName: launch.user.name,
    userLicenseType: "Unknown",
    isFullScreen: false,
    isMultiWindow: false,
    ...(launch.meetingChatId
      ? { chatId: launch.meetingChatId, meetingId: Buffer.from(`0#${launch.meetingChatId}#0`).toString("base64") }
      : {}),
  };
}
