import type { Activity } from "botbuilder";

export interface ActivityPolicy {
  readonly localMode: boolean;
  readonly allowedTenantIds: readonly string[];
  readonly allowedServiceUrlHosts: readonly string[];
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

export type GuardVerdict =
  { readonly allowed: true } | { readonly allowed: false; readonly reason: "tenant" | "serviceUrl" };

/**
 * botbuilder checks the token; this checks where the activity comes from. A valid token for our
 * app id is not enough: only our tenant(s), only Teams' own connector hosts (exact match).
 * In local mode (no app id, loopback only) anything goes, which is what tests and the Playground need.
 */
export function checkActivity(activity: Partial<Activity>, policy: ActivityPolicy): GuardVerdict {
  if (policy.localMode) return { allowed: true };
  const tenantId =
    (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id ?? activity.conversation?.tenantId;
  if (policy.allowedTenantIds.length > 0 && (!tenantId || !policy.allowedTenantIds.includes(tenantId))) {
    return { allowed: false, reason: "tenant" };
  }
  let host: string;
  try {
    const url = new URL(activity.serviceUrl ?? "");
    host = url.hostname.toLowerCase();
    // Plain http only for a loopback connector that an operator listed on purpose (test rigs).
    if (url.protocol !== "https:" && !(url.protocol === "http:" && LOOPBACK.has(host)))
      return { allowed: false, reason: "serviceUrl" };
  } catch {
    return { allowed: false, reason: "serviceUrl" };
  }
  if (!policy.allowedServiceUrlHosts.includes(host)) return { allowed: false, reason: "serviceUrl" };
  return { allowed: true };
}
