import { useCallback, useEffect, useState } from "react";
import { ApiError } from "./ApiError";
import { useApi } from "./ApiProvider";
import type { CampaignSummary } from "./types";

export type CampaignsState =
  | { readonly status: "loading" }
  | { readonly status: "error"; readonly error: ApiError }
  | { readonly status: "ready"; readonly campaigns: readonly CampaignSummary[] };

export function useCampaigns(): CampaignsState & { retry: () => void } {
  const api = useApi();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<CampaignsState>({ status: "loading" });

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: "loading" });
    api.campaigns(controller.signal).then(
      (campaigns) => setState({ status: "ready", campaigns }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({
          status: "error",
          error: error instanceof ApiError ? error : new ApiError("server", "unexpected", undefined),
        });
      },
    );
    return () => controller.abort();
  }, [api, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}
