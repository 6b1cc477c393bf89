/**
 * Azure Tables forbids `/ \ # ?` and control characters in PartitionKey and RowKey, and caps keys at
 * 1 KiB. Teams ids contain `:` `@` `;` and sometimes `/`-like characters, so every key coming from the
 * outside goes through here. The encoding is reversible and keeps plain ids readable.
 */
const FORBIDDEN = /[/\\#?%\u0000-\u001f\u007f-\u009f]/g;
const MAX_KEY_LENGTH = 1024;

export function tableKey(raw: string): string {
  if (raw.length === 0) throw new RangeError("A table key cannot be empty");
  const encoded = raw.replace(FORBIDDEN, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, "0").toUpperCase()}`);
  if (encoded.length > MAX_KEY_LENGTH) throw new RangeError(`A table key cannot exceed ${MAX_KEY_LENGTH} characters`);
  return encoded;
}

export function fromTableKey(key: string): string {
  return key.replace(/%([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Single-quote escaping for OData filters, e.g. `PartitionKey eq '${odataString(pk)}'`. */
export function odataString(value: string): string {
  return value.replace(/'/g, "''");
}
