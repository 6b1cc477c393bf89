import { AsyncLocalStorage } from "node:async_hooks";
import type { PipelinePolicy } from "@azure/core-rest-pipeline";

/**
 * The caller's `beforeRequest` (SendOptions), carried through botbuilder down to the connector
 * client's HTTP pipeline, where it is awaited as the last step before the request leaves.
 */
const gate = new AsyncLocalStorage<() => Promise<void>>();

/** Runs `work` so that every connector request it makes first awaits `beforeRequest`. */
export function withRequestGate<T>(
  beforeRequest: (() => Promise<void>) | undefined,
  work: () => Promise<T>,
): Promise<T> {
  return beforeRequest ? gate.run(beforeRequest, work) : work();
}

export const requestGatePolicy: PipelinePolicy = {
  name: "requestGate",
  async sendRequest(request, next) {
    await gate.getStore()?.();
    return next(request);
  },
};
