import { mkdirSync } from "node:fs";
import { join } from "node:path";

/** Screenshots go to tests/.artifacts/ (git-ignored) so a human can look at them after a run. */
export function artifactPath(name: string): string {
  const dir = join(__dirname, "..", "..", ".artifacts");
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}
