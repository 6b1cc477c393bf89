import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DOMAIN_ERROR_CODES, err, isDomainErrorCode, ok } from "../../../bot/src/domain";

describe("result", () => {
  it("wraps values and errors", () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 });
    expect(err("vote.budgetExceeded", { budget: 3 })).toEqual({
      ok: false,
      error: { code: "vote.budgetExceeded", params: { budget: 3 } },
    });
    expect(err("makeup.empty")).toEqual({ ok: false, error: { code: "makeup.empty" } });
  });

  it("lists each error code once, namespaced", () => {
    expect(new Set(DOMAIN_ERROR_CODES).size).toBe(DOMAIN_ERROR_CODES.length);
    for (const code of DOMAIN_ERROR_CODES) expect(code).toMatch(/^[a-z][a-zA-Z0-9]*\.[a-zA-Z0-9]+$/);
    expect(isDomainErrorCode("campaign.invalidTransition")).toBe(true);
    expect(isDomainErrorCode("campaign.nope")).toBe(false);
  });

  it("lists only codes some rule can return, so i18n translates no dead code", () => {
    // Domain rules return most codes; use cases return the rest (not found, forbidden, changed meanwhile).
    const source = ["domain", "services"]
      .flatMap((layer) => {
        const dir = join(__dirname, "../../../bot/src", layer);
        return readdirSync(dir, { recursive: true, encoding: "utf8" }).map((f) => join(dir, f));
      })
      .filter((f) => f.endsWith(".ts") && !f.endsWith("result.ts"))
      .map((f) => readFileSync(f, "utf8"))
      .join("\n");
    const unused = DOMAIN_ERROR_CODES.filter((code) => !source.includes(`"${code}"`));
    expect(unused).toEqual([]);
  });
});
