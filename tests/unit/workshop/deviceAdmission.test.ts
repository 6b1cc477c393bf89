import { admitClientDevice, type DeviceLimits } from "../../../bot/src/domain/deviceAdmission";

const limits: DeviceLimits = { perClientPerMinute: 3, perClientTotal: 5, perWorkshopTotal: 10 };
const T = Date.parse("2026-12-04T10:00:00Z");

describe("join-page device admission (pure)", () => {
  it("lets a client add devices up to the per-minute bound, then says when the next one fits", () => {
    let state = { recent: [] as number[], total: 0 };
    for (const at of [T, T + 10_000, T + 20_000]) {
      const v = admitClientDevice(state, limits, at);
      if (!v.ok) throw new Error("refused too early");
      state = { recent: [...v.next.recent], total: v.next.total };
    }
    // The first device leaves the window at T + 60 s: 30 s to wait at T + 30 s.
    expect(admitClientDevice(state, limits, T + 30_000)).toEqual({ ok: false, reason: "rate", retryAfterMs: 30_000 });
    expect(admitClientDevice(state, limits, T + 60_001)).toMatchObject({ ok: true, next: { total: 4 } });
  });

  it("refuses for good past the per-client total, whatever the time", () => {
    expect(admitClientDevice({ recent: [], total: 5 }, limits, T + 3_600_000)).toEqual({ ok: false, reason: "total" });
  });

  it("forgets devices older than a minute and ignores ones dated in the future", () => {
    const v = admitClientDevice({ recent: [T - 120_000, T - 90_000, T + 5_000], total: 3 }, limits, T);
    expect(v).toEqual({ ok: true, next: { recent: [T], total: 4 } });
  });
});
