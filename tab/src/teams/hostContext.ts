/**
 * The only module that talks to @microsoft/teams-js (through teamsSdk.ts, which names the parts it
 * uses). Pages get a `HostContext` and never see teams-js, so a move to another host SDK stays a
 * one-file change.
 *
 * teams-js is imported lazily: on import it fetches a list of origins from a Microsoft CDN,
 * which a plain browser (local mode, an usager's phone on the join page) has no reason to do.
 */
import { startPathFrom } from "../router/routes";
import { fetchRenewingToken } from "./fetchRenewingToken";

type TeamsConfigSdk = typeof import("./teamsConfigSdk");
type TeamsMeetingSdk = typeof import("./teamsMeetingSdk");

export type HostTheme = "light" | "dark" | "contrast";

export interface TabInstanceConfig {
  readonly contentUrl: string;
  readonly websiteUrl: string;
  readonly entityId: string;
  readonly suggestedDisplayName: string;
}

/** Configurable-tab operations; only present inside Teams, on the configuration page. */
export interface TabConfigHost {
  setValidity(valid: boolean): void;
  /** Called when the user presses Save in Teams; must return the configuration to store. */
  onSave(provide: () => TabInstanceConfig | undefined): void;
}

/**
 * Where Teams shows the tab: a page (tab, personal app, browser), the meeting's side panel (320 px),
 * the meeting stage (the room's shared screen), or the configuration dialog.
 */
export type HostFrame = "content" | "sidePanel" | "meetingStage" | "settings";

/** Why the tab cannot put a page on the meeting stage; each has its sentence in the catalogues. */
export type StageRefusal = "notInTeams" | "notInMeeting" | "notAllowed" | "failed";
export type StageOutcome = { readonly ok: true } | { readonly ok: false; readonly reason: StageRefusal };

/** Sharing a page of the app to the meeting stage, for everyone in the meeting. */
export interface StageSharing {
  /** Whether sharing may work here (in a meeting, with the permission), asked before offering it. */
  check(): Promise<StageOutcome>;
  /** Shares `url` (an address on the app's public host, as the manifest's content URLs are). */
  share(url: string): Promise<StageOutcome>;
}

export interface HostContext {
  readonly mode: "teams" | "local";
  readonly frame: HostFrame;
  readonly theme: HostTheme;
  /** BCP 47 tag from Teams; undefined in local mode, where the browser and the user decide. */
  readonly locale: string | undefined;
  onThemeChange(listener: (theme: HostTheme) => void): void;
  /** SSO token for our API; undefined in local mode, where the server uses a local identity. */
  getAuthToken(): Promise<string | undefined>;
  /**
   * fetch for the app's API: inside Teams, a request refused (401) for its token is sent once more
   * with a new token from Teams (fetchRenewingToken.ts); locally, the browser's fetch.
   */
  readonly fetch: typeof fetch;
  readonly tabConfig: TabConfigHost | undefined;
  readonly stage: StageSharing;
  /** The page a Teams deep link opened the tab on, when it named one of ours. */
  readonly startPath?: string;
}

/** Teams answers in well under a second; outside Teams it fails fast or, in some frames, never answers. */
const INITIALIZE_TIMEOUT_MS = 3000;

export function themeFromTeams(theme: string | undefined): HostTheme {
  switch (theme) {
    case "dark":
      return "dark";
    case "contrast":
      return "contrast";
    default:
      return "light";
  }
}

const refused = (reason: StageRefusal): Promise<StageOutcome> => Promise.resolve({ ok: false, reason });
const shared: StageOutcome = { ok: true };

const localHost: HostContext = {
  mode: "local",
  frame: "content",
  theme: "light",
  locale: undefined,
  onThemeChange: () => undefined,
  getAuthToken: () => Promise.resolve(undefined),
  // Looked up at each call, not bound once: window.fetch taken out of its object throws "Illegal invocation".
  fetch: (input, init) => window.fetch(input, init),
  tabConfig: undefined,
  stage: { check: () => refused("notInTeams"), share: () => refused("notInTeams") },
};

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

const teamsTabConfig = ({ pages }: TeamsConfigSdk): TabConfigHost => ({
  setValidity: (valid) => pages.config.setValidityState(valid),
  onSave: (provide) =>
    pages.config.registerOnSaveHandler((saveEvent) => {
      const config = provide();
      if (!config) {
        saveEvent.notifyFailure("incomplete");
        return;
      }
      pages.config.setConfig(config).then(
        () => saveEvent.notifySuccess(),
        (error: unknown) => saveEvent.notifyFailure(error instanceof Error ? error.message : String(error)),
      );
    }),
});

function frameOf(frameContext: string | undefined): HostFrame {
  switch (frameContext) {
    case "sidePanel":
    case "meetingStage":
    case "settings":
      return frameContext;
    default:
      return "content";
  }
}

/** teams-js's permission error (ErrorCode.PERMISSION_DENIED): the user may not share, e.g. not a presenter. */
const PERMISSION_DENIED = 1000;

function refusalOf(error: unknown): StageRefusal {
  const code = (error as { errorCode?: unknown } | null)?.errorCode;
  return code === PERMISSION_DENIED ? "notAllowed" : "failed";
}

/**
 * Stage sharing through teams-js: only the side panel and the stage of a meeting may share (teams-js
 * throws elsewhere), and the host says first whether this app may (getAppContentStageSharingCapabilities).
 */
function teamsStage(frame: HostFrame, meetingId: string | undefined): StageSharing {
  const inMeeting = meetingId !== undefined && (frame === "sidePanel" || frame === "meetingStage");
  // Fetched once, and only where sharing is possible at all; a failed fetch is a failed share.
  let sdk: Promise<TeamsMeetingSdk> | undefined;
  const meetingSdk = () => (sdk ??= import("./teamsMeetingSdk"));
  return {
    check: async () => {
      if (!inMeeting) return refused("notInMeeting");
      const { meeting } = await meetingSdk().catch(() => ({ meeting: undefined }));
      if (!meeting) return { ok: false, reason: "failed" };
      return new Promise<StageOutcome>((resolve) => {
        try {
          meeting.getAppContentStageSharingCapabilities((error, capabilities) => {
            if (error) resolve({ ok: false, reason: refusalOf(error) });
            else resolve(capabilities?.doesAppHaveSharePermission ? shared : { ok: false, reason: "notAllowed" });
          });
        } catch {
          // An older host without the call: offering the button and letting the share answer is all there is.
          resolve(shared);
        }
      });
    },
    share: async (url) => {
      if (!inMeeting) return refused("notInMeeting");
      const { meeting } = await meetingSdk().catch(() => ({ meeting: undefined }));
      if (!meeting) return { ok: false, reason: "failed" };
      return new Promise<StageOutcome>((resolve) => {
        try {
          meeting.shareAppContentToStage((error, ok) => {
            if (error) resolve({ ok: false, reason: refusalOf(error) });
            else resolve(ok ? shared : { ok: false, reason: "failed" });
          }, url);
        } catch {
          resolve({ ok: false, reason: "failed" });
        }
      });
    },
  };
}

/**
 * Same test as teams-js's own "No Parent window found": a Teams host is a parent frame, an
 * opener (pop-out) or, on mobile, a native bridge. Without any of them initialize() can only fail.
 */
function mayHaveTeamsHost(): boolean {
  try {
    return window.parent !== window.self || Boolean(window.opener) || "nativeInterface" in window;
  } catch {
    // A cross-origin parent throws on access: that is precisely the framed case.
    return true;
  }
}

export async function initializeHost(): Promise<HostContext> {
  if (!mayHaveTeamsHost()) return localHost;
  try {
    const { app, authentication, FrameContexts } = await import("./teamsSdk");
    await withTimeout(app.initialize(), INITIALIZE_TIMEOUT_MS);
    const context = await withTimeout(app.getContext(), INITIALIZE_TIMEOUT_MS);
    const isConfigPage = context.page.frameContext === FrameContexts.settings;
    const frame = frameOf(context.page.frameContext);
    return {
      mode: "teams",
      frame,
      theme: themeFromTeams(context.app.theme),
      locale: context.app.locale,
      onThemeChange: (listener) => app.registerOnThemeChangeHandler((theme) => listener(themeFromTeams(theme))),
      getAuthToken: () => authentication.getAuthToken(),
      fetch: fetchRenewingToken(
        () => authentication.getAuthToken(),
        (input, init) => window.fetch(input, init),
      ),
      tabConfig: isConfigPage ? teamsTabConfig(await import("./teamsConfigSdk")) : undefined,
      stage: teamsStage(frame, context.meeting?.id),
      ...withStartPath(startPathFrom(context.page.subPageId)),
    };
  } catch {
    // "No Parent window found" or a silent parent: this is a plain browser, run locally.
    return localHost;
  }
}

function withStartPath(path: string | undefined): { startPath?: string } {
  return path ? { startPath: path } : {};
}
