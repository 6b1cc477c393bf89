import { startTestServer, type TestServer } from "../../support/testServer";

describe("public pages are rate-limited per client and per code", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { PUBLIC_RATE_PER_CLIENT: "8", PUBLIC_RATE_PER_CODE: "3" } });
  });
  afterAll(async () => {
    await server.stop();
  });

  it("refuses the 4th request on one code with 429, a Retry-After and a localised message; other codes still answer", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await fetch(`${server.url}/api/join/CODE1`)).status);
    expect(statuses.slice(0, 3)).not.toContain(429);
    const refused = await fetch(`${server.url}/api/join/CODE1`, { headers: { "Accept-Language": "en" } });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toEqual({
      error: { code: "rateLimited", message: "Too many requests in a short time. Wait a moment, then try again." },
    });
    expect((await fetch(`${server.url}/api/follow/OTHER`)).status).not.toBe(429);
  });

  it("refuses one client past its own ceiling on any public code, but never limits the authenticated API", async () => {
    const codes = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"];
    const statuses = [];
    for (const code of codes) statuses.push((await fetch(`${server.url}/api/confirm/${code}`)).status);
    expect(statuses).toContain(429);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  });
});
