import type { Browser } from "playwright-core";
import { startTestServer, type TestServer } from "../../support/testServer";
import { launchChromium } from "./launchChromium";
import { requireBuiltTab } from "./requireBuiltTab";

export interface ServerAndBrowser {
  readonly server: TestServer;
  readonly browser: Browser;
}

/** One real server and one Chromium for a test file, started before its tests and stopped after them. */
export function serverAndBrowser(serverEnv: Record<string, string> = {}): ServerAndBrowser {
  const env = {} as { server: TestServer; browser: Browser };
  beforeAll(async () => {
    requireBuiltTab();
    env.server = await startTestServer({ env: serverEnv });
    env.browser = await launchChromium();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.stop();
  });
  return env;
}
