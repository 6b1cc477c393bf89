import { build } from "esbuild";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { joinPageCards, LONG_WORD, type NamedCard } from "../../support/joinPageCards";
import { launchChromium } from "../support/launchChromium";
import { runAxe } from "../support/runAxe";

// The shapes of tests/browser/support/cardHarness.tsx (which the root tsconfig does not compile).
type Renderer = "light" | "full";
interface Control {
  readonly probe: string;
  readonly kind: string;
  readonly label: string;
  readonly choices: readonly { readonly probe: string; readonly title: string; readonly value: string }[];
}
interface CardDescription {
  readonly text: string;
  readonly controls: readonly Control[];
  readonly buttons: readonly string[];
  readonly focused: string | null;
}
interface Harness {
  cardHarness: {
    show(which: Renderer, card: unknown): void;
    update(card: unknown): void;
    executed(): { verb: string; data: Record<string, unknown> }[];
    describe(): CardDescription;
  };
  document: { documentElement: { scrollWidth: number; clientWidth: number }; querySelector(s: string): unknown };
}

const root = join(__dirname, "..", "..", "..");
const PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Cartes</title></head>
<body><main><h1>Rejoindre l'atelier</h1><div id="root"></div></main></body></html>`;

/** What one renderer shows and sends for a card: before anything is typed, then filled in. */
interface Run {
  readonly shown: CardDescription;
  readonly afterEmptyClick: CardDescription;
  readonly sentEmpty: unknown[];
  readonly sentFilled: unknown[];
}

async function exercise(page: Page, which: Renderer, card: unknown): Promise<Run> {
  await page.evaluate(([w, c]) => (globalThis as unknown as Harness).cardHarness.show(w as Renderer, c), [which, card]);
  // The library renders in an effect: wait until the region holds the card.
  await page.waitForFunction(() => {
    const region = (globalThis as unknown as Harness).document.querySelector("#root [role=region]") as {
      childElementCount: number;
    } | null;
    return (region?.childElementCount ?? 0) > 0;
  });
  const describe = () => page.evaluate(() => (globalThis as unknown as Harness).cardHarness.describe());
  const executed = () => page.evaluate(() => (globalThis as unknown as Harness).cardHarness.executed());
  const shown = await describe();
  const buttons = page.locator("#root button");
  const count = await buttons.count();
  // A click with nothing typed: required inputs refuse it, with their error message, focus on the first.
  if (count > 0) await buttons.first().click();
  const afterEmptyClick = await describe();
  const sentEmpty = await executed();
  // Every input filled the same way, then every button clicked.
  for (const control of shown.controls) {
    const probe = `[data-probe="${control.probe}"]`;
    if (control.kind === "radio") await page.locator(`[data-probe="${control.choices.at(-1)!.probe}"]`).check();
    else if (control.kind === "select") await page.locator(probe).selectOption(control.choices.at(-1)!.value);
    else await page.locator(probe).fill(`Réponse ${control.probe} [x](https://evil.example) **gras**`);
  }
  for (let i = 0; i < count; i++) await buttons.nth(i).click();
  return { shown, afterEmptyClick, sentEmpty, sentFilled: (await executed()).slice(sentEmpty.length) };
}

describe("the light Adaptive Card renderer, beside Microsoft's", () => {
  let browser: Browser;
  let page: Page;
  let harness: string;
  const cards = joinPageCards();
  // Every French card, and the English ones with answers (the same structure, other words).
  const compared = cards.filter((c) => c.locale === "fr" || c.name.includes("answered"));

  beforeAll(async () => {
    const bundle = await build({
      entryPoints: [join(root, "tests", "browser", "support", "cardHarness.tsx")],
      bundle: true,
      write: false,
      // Never written: named only so that the stylesheet CardView imports has somewhere to go.
      outdir: join(root, "dist", "card-harness"),
      format: "iife",
      platform: "browser",
      target: ["es2022"],
      jsx: "automatic",
      tsconfig: join(root, "tab", "tsconfig.json"),
      define: { "process.env.NODE_ENV": '"production"' },
      logLevel: "silent",
    });
    harness = bundle.outputFiles.find((f) => f.path.endsWith(".js"))!.text;
    const style = bundle.outputFiles.find((f) => f.path.endsWith(".css"))!.text;
    browser = await launchChromium();
    page = await browser.newPage({
      locale: "fr-FR",
      timezoneId: "Europe/Paris",
      viewport: { width: 320, height: 800 },
    });
    await page.setContent(PAGE);
    await page.addStyleTag({ content: style });
    await page.addScriptTag({ content: harness });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("shows the same text, inputs and buttons, and sends the same payloads, for every join-page card", async () => {
    expect(compared.length).toBeGreaterThan(100);
    const differences: string[] = [];
    let filled = 0;
    let refused = 0;
    for (const { name, card } of compared) {
      const light = await exercise(page, "light", card);
      const full = await exercise(page, "full", card);
      try {
        expect(light).toEqual(full);
      } catch (e) {
        differences.push(`${name}: ${(e as Error).message}`);
      }
      if (light.sentFilled.length > 0 && light.shown.controls.length > 0) filled++;
      if (light.sentEmpty.length === 0 && light.afterEmptyClick.text !== light.shown.text) refused++;
    }
    expect(differences.slice(0, 3)).toEqual([]);
    // The comparison did exercise inputs and the library's refusal of empty required inputs.
    expect(filled).toBeGreaterThan(10);
    expect(refused).toBeGreaterThan(10);
  }, 600_000);

  it("keeps every card inside a 320 px phone screen, long words included", async () => {
    const wide: string[] = [];
    for (const { name, card } of cards.filter((c) => c.locale === "fr")) {
      await page.evaluate((c) => (globalThis as unknown as Harness).cardHarness.show("light", c), card);
      const { scrollWidth, clientWidth } = await page.evaluate(() => {
        const { documentElement } = (globalThis as unknown as Harness).document;
        return { scrollWidth: documentElement.scrollWidth, clientWidth: documentElement.clientWidth };
      });
      if (scrollWidth > clientWidth) wide.push(`${name}: ${scrollWidth} px`);
    }
    expect(wide).toEqual([]);
    // The cards did hold a word wider than the screen.
    expect(cards.filter((c) => JSON.stringify(c.card).includes(LONG_WORD)).length).toBeGreaterThan(100);
  }, 120_000);

  it("passes axe on the cards with inputs, votes and results", async () => {
    const sample = cards.filter(
      (c: NamedCard) => c.locale === "fr" && /workshop [13] (step\d\.(input|revealed)) /.test(c.name),
    );
    expect(sample.length).toBeGreaterThan(10);
    const violations: string[] = [];
    for (const { name, card } of sample) {
      await page.evaluate((c) => (globalThis as unknown as Harness).cardHarness.show("light", c), card);
      // The refused click's error messages and marks are part of what must be accessible.
      const first = page.locator("#root button").first();
      if ((await first.count()) > 0) await first.click();
      for (const v of await runAxe(page)) violations.push(`${name}: ${v}`);
    }
    expect(violations).toEqual([]);
  }, 180_000);

  it("starts a new card from its own values, as the library renders a new card", async () => {
    const card = compared.find((c) => c.name.startsWith("workshop 1 step0.input empty fr"))!.card;
    await page.evaluate((c) => (globalThis as unknown as Harness).cardHarness.show("light", c), card);
    const field = page.getByRole("textbox").first();
    await field.fill("Bonjour");
    await page.evaluate(
      (c) => (globalThis as unknown as Harness).cardHarness.update(JSON.parse(JSON.stringify(c))),
      card,
    );
    await expect(field.inputValue()).resolves.toBe("");
  });

  it("hands a card outside the subset to the full renderer, loaded on demand, which still answers", async () => {
    const card = {
      type: "AdaptiveCard",
      version: "1.5",
      body: [
        { type: "TextBlock", text: "Une carte venue d'ailleurs", wrap: true },
        { type: "Input.Toggle", id: "ok", title: "D'accord", valueOn: "oui", valueOff: "non" },
        { type: "ActionSet", actions: [{ type: "Action.Execute", title: "Envoyer", verb: "x.go", data: { a: 1 } }] },
      ],
    };
    await page.evaluate((c) => (globalThis as unknown as Harness).cardHarness.show("light", c), card);
    await page.locator("#root .ac-adaptiveCard").waitFor();
    await page.getByRole("checkbox", { name: "D'accord" }).check();
    await page.getByRole("button", { name: "Envoyer" }).click();
    const sent = await page.evaluate(() => (globalThis as unknown as Harness).cardHarness.executed());
    expect(sent).toEqual([{ verb: "x.go", data: { a: 1, ok: "oui" } }]);
    expect(await page.getByRole("region", { name: "Carte de l'étape" }).count()).toBe(1);
  });
});
