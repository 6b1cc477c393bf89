import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { startTestServer, type TestServer } from "../support/testServer";

/**
 * How the server hands out the built tab, on a small tab folder shaped like tab/build.mjs's output:
 * hashed scripts kept for a year, index.html revalidated, brotli or gzip as the client accepts,
 * source maps locally but never in production; each usager page gets its own HTML (the usagers' app,
 * preloading that page), each staff page its own (the staff app, preloading that page), and any other
 * address the staff app's index.html.
 */
const INDEX =
  '<!doctype html><html><head><script type="module" src="/static/app-ABCDEFGH.js"></script></head><body><div id="root"></div></body></html>';
const SCRIPT = `export const words = ${JSON.stringify("vivre ensemble ".repeat(200))};\n//# sourceMappingURL=app-ABCDEFGH.js.map\n`;
/** What tab/build.mjs writes for an usager page: the usagers' app, naming that page's chunk. */
const usagerHtml = (page: string) =>
  `<!doctype html><html><head><script type="module" src="/static/public-ABCDEFGH.js"></script><!-- ${page} --></head></html>`;
/** What tab/build.mjs writes for a staff page: the staff app, preloading that page's chunks. */
const staffHtml = (page: string) =>
  `<!doctype html><html><head><script type="module" src="/static/app-ABCDEFGH.js"></script><!-- ${page} --></head></html>`;
const STYLE = `.ve-page { display: flex; }\n${".vc-card { margin: 0; }\n".repeat(40)}`;
const MAP = '{"version":3,"sources":["../../tab/src/main.tsx"],"mappings":""}';

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Buffer;
}

/** Plain node:http, so the body arrives as sent (fetch would decode it and hide Content-Encoding). */
function get(baseUrl: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${baseUrl}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

async function writeTab(dir: string): Promise<void> {
  await mkdir(join(dir, "static", "chunks"), { recursive: true });
  const files: Record<string, string> = {
    "index.html": INDEX,
    "public-join.html": usagerHtml("join"),
    "public-confirm.html": usagerHtml("confirm"),
    "public-follow.html": usagerHtml("follow"),
    "page-home.html": staffHtml("home"),
    "page-poster.html": staffHtml("poster"),
    "static/public-ABCDEFGH.css": STYLE,
    "static/app-ABCDEFGH.js": SCRIPT,
    "static/chunks/JoinPage-QRSTUVWX.js": SCRIPT,
  };
  for (const [path, text] of Object.entries(files)) {
    await writeFile(join(dir, path), text);
    await writeFile(join(dir, `${path}.gz`), gzipSync(text));
    await writeFile(join(dir, `${path}.br`), brotliCompressSync(text));
  }
  await writeFile(join(dir, "static", "app-ABCDEFGH.js.map"), MAP);
  // Not made by the build, but someone could drop one there: not hashed, so not kept for a year.
  await writeFile(join(dir, "static", "robots.txt"), "User-agent: *\n");
}

describe("the built tab over HTTP", () => {
  let tabDir: string;
  let local: TestServer;
  let production: TestServer;

  beforeAll(async () => {
    tabDir = await mkdtemp(join(tmpdir(), "tab-assets-"));
    await writeTab(tabDir);
    local = await startTestServer({ env: { TAB_DIR: tabDir } });
    production = await startTestServer({
      env: {
        TAB_DIR: tabDir,
        NODE_ENV: "production",
        MicrosoftAppId: "11111111-2222-4333-8444-555555555555",
        MicrosoftAppType: "SingleTenant",
        MicrosoftAppTenantId: "72f988bf-0000-4000-8000-000000000001",
        MicrosoftAppPassword: "test-only-not-a-secret",
        PUBLIC_HOSTNAME: "ve.example.fr",
      },
    });
  });
  afterAll(async () => {
    await local?.stop();
    await production?.stop();
    await rm(tabDir, { recursive: true, force: true });
  });

  it("lets browsers keep hashed scripts for a year, and revalidate index.html on every page", async () => {
    for (const path of ["/static/app-ABCDEFGH.js", "/static/chunks/JoinPage-QRSTUVWX.js"]) {
      const res = await get(local.url, path);
      expect(res.status).toBe(200);
      expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
      expect(res.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    }
    const pages: [string, string][] = [
      ["/", staffHtml("home")],
      ["/poster/some-campaign", staffHtml("poster")],
      // A staff page the build wrote no file for (an older build): the app's index.html still shows it.
      ["/roadmap/some-campaign", INDEX],
      // Not a page: the staff app says it does not know it.
      ["/home", INDEX],
      ["/nowhere/at/all", INDEX],
      ["/join/ABC123", usagerHtml("join")],
      ["/confirm/a-token/", usagerHtml("confirm")],
      ["/follow/a-token", usagerHtml("follow")],
      // Not an usager page's address (two segments): the staff app says it does not know it.
      ["/join/ABC123/more", INDEX],
    ];
    for (const [path, html] of pages) {
      const res = await get(local.url, path);
      expect(res.status).toBe(200);
      expect(res.headers["cache-control"]).toBe("no-cache");
      expect(res.body.toString()).toBe(html);
    }
    const style = await get(local.url, "/static/public-ABCDEFGH.css", { "Accept-Encoding": "br" });
    expect(style.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(style.headers["content-type"]).toBe("text/css; charset=utf-8");
    expect(brotliDecompressSync(style.body).toString()).toBe(STYLE);
    expect((await get(local.url, "/static/robots.txt")).headers["cache-control"]).toBe("no-cache");
  });

  it("answers index.html's revalidation with a 304 while it is unchanged", async () => {
    const first = await get(local.url, "/confirm/token");
    const etag = first.headers.etag as string;
    expect(etag).toBeTruthy();
    const again = await get(local.url, "/confirm/token", { "If-None-Match": etag });
    expect(again.status).toBe(304);
    expect(again.body).toHaveLength(0);
    expect(again.headers["cache-control"]).toBe("no-cache");
  });

  it("sends brotli or gzip as the client accepts, the same script either way, and says it varies", async () => {
    const br = await get(local.url, "/static/app-ABCDEFGH.js", { "Accept-Encoding": "gzip, deflate, br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers.vary).toBe("Accept-Encoding");
    expect(Number(br.headers["content-length"])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(SCRIPT.length / 5);
    expect(brotliDecompressSync(br.body).toString()).toBe(SCRIPT);

    const gzip = await get(local.url, "/static/app-ABCDEFGH.js", { "Accept-Encoding": "gzip" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzip.body).toString()).toBe(SCRIPT);

    // br refused by q=0: gzip.
    expect(
      (await get(local.url, "/static/app-ABCDEFGH.js", { "Accept-Encoding": "br;q=0, gzip;q=0.5" })).headers[
        "content-encoding"
      ],
    ).toBe("gzip");

    const plain = await get(local.url, "/static/app-ABCDEFGH.js", { "Accept-Encoding": "identity" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers.vary).toBe("Accept-Encoding");
    expect(plain.body.toString()).toBe(SCRIPT);

    const page = await get(local.url, "/join/ABC123", { "Accept-Encoding": "br" });
    expect(page.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(page.body).toString()).toBe(usagerHtml("join"));
  });

  it("never serves the compressed copies by name", async () => {
    expect((await get(local.url, "/static/app-ABCDEFGH.js.br")).status).toBe(404);
    expect((await get(local.url, "/static/app-ABCDEFGH.js.gz")).status).toBe(404);
  });

  it("serves source maps locally and refuses them in production, where the scripts are still served", async () => {
    const map = await get(local.url, "/static/app-ABCDEFGH.js.map");
    expect(map.status).toBe(200);
    expect(map.body.toString()).toBe(MAP);

    expect((await get(production.url, "/static/app-ABCDEFGH.js.map")).status).toBe(404);
    const script = await get(production.url, "/static/app-ABCDEFGH.js", { "Accept-Encoding": "br" });
    expect(script.status).toBe(200);
    expect(script.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(script.headers["content-encoding"]).toBe("br");
  });
});
