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
    for (const code of DOMAIN_ERROR_CODES) expect(code).toMatch(/^[a-z]+\.[a-zA-Z0-9]+$/);
    expect(isDomainErrorCode("campaign.invalidTransition")).toBe(true);
    expect(isDomainErrorCode("campaign.nope")).toBe(false);
  });

  it("lists only codes some rule can return, so i18n translates no dead code", () => {
    const dir = join(__dirname, "../../../bot/src/domain");
    const source = readdirSync(dir)
      .filter((f) => f.endsWith(".ts") && f !== "result.ts")
      .map((f) => readFileSync(join(dir, f), "utf8"))
      .join("\n");
    const unused = DOMAIN_ERROR_CODES.filter((code) => !source.includes(`"${code}"`));
    expect(unused).toEqual([]);
  });
});
