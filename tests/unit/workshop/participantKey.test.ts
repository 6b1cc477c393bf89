import {
  contributionId,
  issueDeviceToken,
  JOIN_CODE_LENGTH,
  newJoinCode,
  newSecret,
  normaliseJoinCode,
  participantKey,
  verifyDeviceToken,
} from "../../../bot/src/services/workshop/participantKey";

describe("pseudonymous participant keys", () => {
  const secret = newSecret();

  it("is stable within a workshop, different across workshops, and never contains the identity", () => {
    const aad = "00000000-0000-4000-8000-000000000042";
    const a = participantKey(secret, { kind: "teams", aadObjectId: aad });
    expect(participantKey(secret, { kind: "teams", aadObjectId: aad })).toBe(a);
    expect(participantKey(newSecret(), { kind: "teams", aadObjectId: aad })).not.toBe(a);
    expect(a).not.toContain("0042");
    expect(participantKey(secret, { kind: "proxy", label: aad })).not.toBe(a);
  });

  it("derives a contribution id from key and request, so a resent request maps to the same row", () => {
    const key = participantKey(secret, { kind: "device", token: "t" });
    expect(contributionId(secret, key, "r1\nRespect")).toBe(contributionId(secret, key, "r1\nRespect"));
    expect(contributionId(secret, key, "r1\nÉcoute")).not.toBe(contributionId(secret, key, "r1\nRespect"));
  });

  it("accepts only device tokens it signed for this workshop", () => {
    const token = issueDeviceToken(secret);
    expect(verifyDeviceToken(secret, token)).toBe(true);
    expect(verifyDeviceToken(newSecret(), token)).toBe(false);
    const [nonce] = token.split(".");
    expect(verifyDeviceToken(secret, `${nonce}.forgedsignature0000000`)).toBe(false);
    expect(verifyDeviceToken(secret, "")).toBe(false);
    expect(verifyDeviceToken(secret, `${token}.extra`)).toBe(false);
  });

  it("draws short join codes without look-alike characters, and reads them back leniently", () => {
    const codes = new Set(Array.from({ length: 500 }, () => newJoinCode()));
    expect(codes.size).toBe(500);
    for (const code of codes) expect(code).toMatch(new RegExp(`^[2-9A-HJKMNP-Z]{${JOIN_CODE_LENGTH}}$`));
    expect(normaliseJoinCode(" ab2c-d3ef ")).toBe("AB2CD3EF");
  });
});
