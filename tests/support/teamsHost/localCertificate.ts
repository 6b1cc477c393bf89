import { execFileSync } from "node:child_process";
import { createHash, createPublicKey } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface LocalCertificate {
  readonly cert: string;
  readonly key: string;
  /**
   * Base64 SHA-256 of the certificate's public key, for Chromium's `--ignore-certificate-errors-spki-list`:
   * the test browser trusts this one key and still refuses every other untrusted certificate.
   */
  readonly spkiSha256: string;
}

/**
 * A self-signed certificate for the given host names, made by openssl for one test run (a day long,
 * key never written outside a temporary directory that is removed at once).
 */
export function makeLocalCertificate(hostnames: readonly string[]): LocalCertificate {
  const dir = mkdtempSync(join(tmpdir(), "teams-host-cert-"));
  try {
    const keyPath = join(dir, "key.pem");
    const certPath = join(dir, "cert.pem");
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "1",
        "-keyout",
        keyPath,
        "-out",
        certPath,
        "-subj",
        `/CN=${hostnames[0]}`,
        "-addext",
        `subjectAltName=${hostnames.map((h) => `DNS:${h}`).join(",")}`,
      ],
      { stdio: "pipe" },
    );
    const key = readFileSync(keyPath, "utf8");
    const cert = readFileSync(certPath, "utf8");
    const spki = createPublicKey(key).export({ type: "spki", format: "der" });
    return { cert, key, spkiSha256: createHash("sha256").update(spki).digest("base64") };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
