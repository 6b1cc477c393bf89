import type { Page } from "playwright-core";
import { serverAndBrowser } from "./support/serverAndBrowser";

/**
 * A phone that loses its network between the page's first script and the ones it needs before its
 * first render (its texts, its page): the page says so in both languages and offers to try again,
 * instead of staying blank.
 */
const env = serverAndBrowser();

async function openWithout(path: string, blocked: RegExp): Promise<Page> {
  const context = await env.browser.newContext({ locale: "fr-FR", viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  await page.route(blocked, (route) => route.abort("internetdisconnected"));
  await page.goto(env.server.url + path);
  return page;
}

describe("a page whose start-up scripts do not arrive", () => {
  it.each([
    ["an usager page, its texts missing", "/join/AB12CD", /\/static\/chunks\/joinPage\.fr-[A-Z2-7]{8}\.js$/],
    ["an usager page, its page missing", "/confirm/a-token", /\/static\/chunks\/ConfirmPage-[A-Z2-7]{8}\.js$/],
    ["a staff page, its texts missing", "/dashboard", /\/static\/chunks\/fr-[A-Z2-7]{8}\.js$/],
  ])(
    "%s: says so in both languages and reloads on request",
    async (_name, path, blocked) => {
      const page = await openWithout(path, blocked);
      try {
        const alert = page.getByRole("alert");
        await alert.waitFor();
        expect(await alert.innerText()).toBe("La page n'a pas pu se charger. / The page could not load.");
        await page.unroute(blocked);
        await page.getByRole("button", { name: "Réessayer / Try again" }).click();
        await page.getByRole("heading", { level: 1 }).first().waitFor();
        // The page itself now (an unknown link's own refusal is an alert too, in the page's words).
        expect(await page.getByText("La page n'a pas pu se charger.", { exact: false }).count()).toBe(0);
      } finally {
        await page.context().close();
      }
    },
    60_000,
  );
});
