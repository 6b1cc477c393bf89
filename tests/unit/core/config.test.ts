import { ConfigError, loadConfig, redactedConfig } from "../../../bot/src/config/config";

describe("configuration", () => {
  it("defaults to local mode on 127.0.0.1:3978 with the embedded Azurite", () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ host: "127.0.0.1", port: 3978, localMode: true, env: "development" });
    expect(c.storage.kind).toBe("connectionString");
  });

  it("refuses to start in production without app id, app type, tenant, storage and host name, naming each", () => {
    try {
      loadConfig({ NODE_ENV: "production" });
      throw new Error("should have failed");
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join("\n");
      for (const name of [
        "MicrosoftAppId",
        "MicrosoftAppType",
        "MicrosoftAppTenantId",
        "STORAGE_ACCOUNT_URL",
        "PUBLIC_HOSTNAME",
      ])
        expect(problems).toContain(name);
    }
  });

  it("refuses MultiTenant in production (new multi-tenant bots can no longer be created)", () => {
    expect(() =>
      loadConfig({
        NODE_ENV: "production",
        MicrosoftAppId: "id",
        MicrosoftAppType: "MultiTenant",
        MicrosoftAppTenantId: "t",
        STORAGE_ACCOUNT_URL: "https://a.table.core.windows.net",
        PUBLIC_HOSTNAME: "ve.example.fr",
        HOST: "0.0.0.0",
      }),
    ).toThrow(/SingleTenant or UserAssignedMSI/);
  });

  it("accepts a complete managed-identity production configuration, app type case-insensitively", () => {
    const c = loadConfig({
      NODE_ENV: "production",
      HOST: "0.0.0.0",
      MicrosoftAppId: "11111111-1111-1111-1111-111111111111",
      MicrosoftAppType: "userassignedmsi",
      MicrosoftAppTenantId: "22222222-2222-2222-2222-222222222222",
      STORAGE_ACCOUNT_URL: "https://vestorage.table.core.windows.net",
      PUBLIC_HOSTNAME: "vivre-ensemble.strasbourg.eu",
    });
    expect(c.localMode).toBe(false);
    expect(c.bot.appType).toBe("UserAssignedMSI");
    expect(c.bot.allowedTenantIds).toEqual(["22222222-2222-2222-2222-222222222222"]);
    expect(c.storage).toEqual({
      kind: "accountUrl",
      accountUrl: "https://vestorage.table.core.windows.net",
      tablePrefix: "ve",
    });
  });

  it("never lets local mode (no app id, no authentication) listen beyond loopback", () => {
    expect(() => loadConfig({ HOST: "0.0.0.0" })).toThrow(/loopback/);
    expect(loadConfig({ HOST: "::1" }).host).toBe("::1");
  });

  it("rejects malformed values with the variable named", () => {
    expect(() => loadConfig({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => loadConfig({ MicrosoftAppType: "Whatever" })).toThrow(/MicrosoftAppType/);
    expect(() => loadConfig({ PUBLIC_HOSTNAME: "https://x.fr/path" })).toThrow(/PUBLIC_HOSTNAME/);
    expect(() => loadConfig({ TABLE_PREFIX: "bad-prefix" })).toThrow(/TABLE_PREFIX/);
  });

  it("logs a redacted summary: no password, no account key", () => {
    const c = loadConfig({
      MicrosoftAppId: "",
      STORAGE_CONNECTION_STRING:
        "DefaultEndpointsProtocol=https;AccountName=x;AccountKey=SECRETKEY==;EndpointSuffix=core.windows.net",
    });
    const text = JSON.stringify(redactedConfig(c));
    expect(text).not.toContain("SECRETKEY");
    const withPassword = loadConfig({ MicrosoftAppId: "id", MicrosoftAppPassword: "p@ss", HOST: "127.0.0.1" });
    expect(JSON.stringify(redactedConfig(withPassword))).not.toContain("p@ss");
  });
});
