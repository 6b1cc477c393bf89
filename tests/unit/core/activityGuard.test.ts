import { checkActivity, type ActivityPolicy } from "../../../bot/src/transport/activityGuard";

const production: ActivityPolicy = {
  localMode: false,
  allowedTenantIds: ["tenant-ems"],
  allowedServiceUrlHosts: ["smba.trafficmanager.net", "smba.teams.sovcloud-core.fr"],
};

function activity(tenant: string | undefined, serviceUrl: string) {
  return {
    serviceUrl,
    channelData: tenant ? { tenant: { id: tenant } } : {},
    conversation: { id: "c", isGroup: false, name: "", conversationType: "personal" },
  } as never;
}

describe("activity origin policy", () => {
  it("accepts our tenant through a Teams connector host", () => {
    expect(checkActivity(activity("tenant-ems", "https://smba.trafficmanager.net/emea/"), production)).toEqual({
      allowed: true,
    });
    expect(checkActivity(activity("tenant-ems", "https://smba.teams.sovcloud-core.fr/fr/"), production)).toEqual({
      allowed: true,
    });
  });

  it("refuses another tenant, or no tenant", () => {
    expect(checkActivity(activity("tenant-other", "https://smba.trafficmanager.net/emea/"), production)).toEqual({
      allowed: false,
      reason: "tenant",
    });
    expect(checkActivity(activity(undefined, "https://smba.trafficmanager.net/emea/"), production)).toEqual({
      allowed: false,
      reason: "tenant",
    });
  });

  it("matches connector hosts exactly: look-alikes, http and garbage are refused", () => {
    for (const url of [
      "https://smba.trafficmanager.net.evil.example/",
      "https://evil-smba.trafficmanager.net/",
      "http://smba.trafficmanager.net/emea/",
      "not a url",
      "",
    ]) {
      expect(checkActivity(activity("tenant-ems", url), production)).toEqual({ allowed: false, reason: "serviceUrl" });
    }
  });

  it("lets everything through in local mode (loopback only, for tests and the Playground)", () => {
    expect(checkActivity(activity(undefined, "http://127.0.0.1:5555/"), { ...production, localMode: true })).toEqual({
      allowed: true,
    });
  });
});
