import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Who acts in a workshop, as far as the server needs to know: a Teams user (Entra object id),
 * a join-page device (signed token, no name) or a person in the room typed in by the facilitator.
 * Only the pseudonymous key derived from it is ever stored next to what people wrote.
 */
export type Subject =
  | { readonly kind: "teams"; readonly aadObjectId: string; readonly teamsId?: string }
  | { readonly kind: "device"; readonly token: string }
  | { readonly kind: "proxy"; readonly label: string };

function hmac(secret: string, message: string): string {
  return createHmac("sha256", secret).update(message).digest("base64url");
}

/** HMAC(workshop secret, subject): stable within one workshop, unlinkable across workshops. */
export function participantKey(secret: string, subject: Subject): string {
  const material =
    subject.kind === "teams"
      ? `teams:${subject.aadObjectId}`
      : subject.kind === "device"
        ? `device:${subject.token}`
        : `proxy:${subject.label}`;
  return hmac(secret, material).slice(0, 24);
}

/** Ids of contributions are derived, so a resent request maps to the same row and reveals nothing of its author. */
export function contributionId(secret: string, key: string, requestId: string): string {
  return hmac(secret, `contribution:${key}:${requestId}`).slice(0, 20);
}

export function newSecret(): string {
  return randomBytes(32).toString("base64url");
}

/** A request id for one submission from a card: a new card carries a new id, a resent invoke the same. */
export function newRequestId(): string {
  return randomBytes(9).toString("base64url");
}

/**
 * Device tokens are signed, not stored: the server can tell a token it issued for this workshop
 * from a made-up one without a table lookup, and nothing ties the token to a person.
 */
export function issueDeviceToken(secret: string): string {
  const nonce = randomBytes(16).toString("base64url");
  return `${nonce}.${hmac(secret, `device-token:${nonce}`).slice(0, 22)}`;
}

/**
 * An anonymous guest of the Teams meeting answers as a join-page device does, under a token derived
 * from their Teams id and this workshop's secret: the same guest keeps one key for the workshop, the
 * key cannot be traced back to the id nor linked across workshops, and they are counted with the
 * usagers (devices), never as a Teams user to name or to ask in 1:1.
 */
export function guestSubject(secret: string, teamsId: string): Subject {
  const nonce = hmac(secret, `guest:${teamsId}`).slice(0, 22);
  return { kind: "device", token: `${nonce}.${hmac(secret, `device-token:${nonce}`).slice(0, 22)}` };
}

export function verifyDeviceToken(secret: string, token: string): boolean {
  const [nonce, signature, extra] = token.split(".");
  if (!nonce || !signature || extra !== undefined || !/^[A-Za-z0-9_-]{10,64}$/.test(nonce)) return false;
  const expected = Buffer.from(hmac(secret, `device-token:${nonce}`).slice(0, 22));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

// No 0/O, 1/I/L: a code read aloud or copied from a projected screen must not be misread.
const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const JOIN_CODE_LENGTH = 8;

/** 31^8 ≈ 8.5e11 codes: short enough to type on a phone, too many to guess. */
export function newJoinCode(): string {
  const bytes = randomBytes(JOIN_CODE_LENGTH * 2);
  let code = "";
  for (let i = 0; code.length < JOIN_CODE_LENGTH; i++) {
    const byte = bytes[i % bytes.length] ?? 0;
    // Rejection sampling keeps every letter equally likely.
    if (byte < 248) code += CODE_ALPHABET[byte % CODE_ALPHABET.length];
    if (i > 64) return newJoinCode();
  }
  return code;
}

export function normaliseJoinCode(raw: string): string {
  return raw.toUpperCase().replace(/[^0-9A-Z]/g, "");
}
