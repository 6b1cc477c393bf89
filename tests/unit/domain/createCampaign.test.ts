import { createCampaign, DEFAULT_PANEL_SIZE } from "../../../bot/src/domain";
import { errorOf, NOW, unwrap } from "./fixtures";

const base = {
  id: "c1",
  name: "Service funéraire",
  approach: "thematic" as const,
  services: ["Service funéraire"],
  coordinatorIds: ["u1"],
};

describe("createCampaign", () => {
  it("creates a draft with defaults", () => {
    const c = unwrap(createCampaign({ ...base, name: "  Service   funéraire " }, NOW));
    expect(c).toMatchObject({
      id: "c1",
      name: "Service funéraire",
      state: "draft",
      panelSize: DEFAULT_PANEL_SIZE,
      locale: "fr",
      managerIds: [],
      workshops: { 1: {}, 2: {}, 3: {} },
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    });
    expect(c.site).toBeUndefined();
  });

  it("creates a territorial campaign with a site", () => {
    const c = unwrap(
      createCampaign(
        {
          ...base,
          approach: "territorial",
          site: "Maison de Hautepierre",
          services: ["CMS", "Mairie de quartier", "Médiathèque"],
        },
        NOW,
      ),
    );
    expect(c.site).toBe("Maison de Hautepierre");
    expect(c.services).toHaveLength(3);
  });

  it.each([
    [{ name: "ab" }, "campaign.nameLength"],
    [{ name: "x".repeat(121) }, "campaign.nameLength"],
    [{ services: [] }, "campaign.servicesEmpty"],
    [{ services: ["CMS", "  "] }, "campaign.serviceNameEmpty"],
    [{ services: ["A", "B"] }, "campaign.thematicNeedsOneService"],
    [{ approach: "territorial" as const, services: ["A", "a"], site: "S" }, "campaign.serviceDuplicate"],
    [{ approach: "territorial" as const }, "campaign.siteRequired"],
    [{ approach: "territorial" as const, site: "   " }, "campaign.siteRequired"],
    [{ panelSize: 3 }, "campaign.panelSizeOutOfRange"],
    [{ panelSize: 21 }, "campaign.panelSizeOutOfRange"],
    [{ panelSize: 6.5 }, "campaign.panelSizeOutOfRange"],
    [{ coordinatorIds: [] }, "campaign.coordinatorRequired"],
    [{ retentionUntil: "2027-13-01" }, "campaign.retentionDateInvalid"],
    [{ approach: "mixed" as unknown as "thematic" }, "campaign.approachInvalid"],
  ])("rejects %j with %s", (override, code) => {
    expect(errorOf(createCampaign({ ...base, ...override }, NOW)).code).toBe(code);
  });

  it("accepts the boundaries", () => {
    expect(createCampaign({ ...base, name: "abc", panelSize: 4 }, NOW).ok).toBe(true);
    expect(createCampaign({ ...base, name: "x".repeat(120), panelSize: 20 }, NOW).ok).toBe(true);
  });

  it("reports the length limits", () => {
    expect(errorOf(createCampaign({ ...base, name: "ab" }, NOW)).params).toEqual({ min: 3, max: 120, length: 2 });
  });
});
