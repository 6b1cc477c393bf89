import { useCallback, useEffect, useRef, useState } from "react";
import { useLocale } from "../i18n/I18nProvider";
import { callJson, WorkshopApiError } from "./workshopApi";

interface CardAnswer {
  readonly revision: number;
  readonly card: unknown;
}

const POLL_MS = 2000;

function storedToken(code: string): string | undefined {
  try {
    return window.sessionStorage.getItem(`workshop-device:${code}`) ?? undefined;
  } catch {
    return undefined;
  }
}

function storeToken(code: string, token: string): void {
  try {
    window.sessionStorage.setItem(`workshop-device:${code}`, token);
  } catch {
    /* private mode: the token lives as long as the page */
  }
}

/**
 * A usager's device in a workshop: registers once (a signed token, no name), shows the current
 * step's card, follows the facilitator's pointer by polling the revision, and sends answers.
 */
export function useJoin(code: string) {
  const locale = useLocale();
  const [card, setCard] = useState<unknown>();
  const [error, setError] = useState<WorkshopApiError | undefined>();
  const [busy, setBusy] = useState(false);
  const token = useRef<string | undefined>(storedToken(code));
  const revision = useRef<number | undefined>(undefined);
  const base = `/api/join/${encodeURIComponent(code)}`;

  const headers = useCallback(() => ({ "X-Device-Token": token.current ?? "" }), []);

  // Once the workshop has ended its code is dead: the last step's card would still invite
  // answers nobody can send, so only the message that it has ended stays.
  const failed = useCallback((e: WorkshopApiError) => {
    setError(e);
    if (e.code === "joinCode.expired") setCard(undefined);
  }, []);

  const fetchCard = useCallback(async () => {
    const answer = await callJson<CardAnswer>(`${base}/card`, { locale, headers: headers() });
    revision.current = answer.revision;
    setCard(answer.card);
    setError(undefined);
  }, [base, headers, locale]);

  const ensureDevice = useCallback(async () => {
    if (token.current) return;
    const answer = await callJson<{ token: string }>(`${base}/devices`, { method: "POST", body: {}, locale });
    token.current = answer.token;
    storeToken(code, answer.token);
  }, [base, code, locale]);

  useEffect(() => {
    let alive = true;
    let retry: number | undefined;
    const start = async () => {
      try {
        await ensureDevice();
        await fetchCard();
      } catch (e) {
        if (e instanceof WorkshopApiError && e.code === "joinDevice.forbidden") {
          token.current = undefined;
        }
        if (alive) setError(e instanceof WorkshopApiError ? e : new WorkshopApiError(0, "unexpected", undefined, {}));
        // A room joining at once through one connection: the server says when there is room again.
        const wait = e instanceof WorkshopApiError && e.status === 429 ? Number(e.body["retryAfterSeconds"]) : NaN;
        if (alive && wait > 0) retry = window.setTimeout(() => void start(), wait * 1000);
      }
    };
    void start();
    const timer = window.setInterval(async () => {
      try {
        const info = await callJson<{ revision: number }>(base, { locale });
        if (alive && info.revision !== revision.current) await fetchCard();
      } catch (e) {
        if (alive && e instanceof WorkshopApiError) failed(e);
      }
    }, POLL_MS);
    return () => {
      alive = false;
      window.clearInterval(timer);
      window.clearTimeout(retry);
    };
  }, [base, ensureDevice, failed, fetchCard, locale]);

  const act = useCallback(
    async (verb: string, data: Record<string, unknown>) => {
      setBusy(true);
      try {
        const answer = await callJson<CardAnswer>(`${base}/actions`, {
          method: "POST",
          body: { verb, data },
          locale,
          headers: headers(),
        });
        setCard(answer.card);
        setError(undefined);
      } catch (e) {
        // A refused answer comes back with the card explaining why, in the user's language.
        if (e instanceof WorkshopApiError && e.body["card"]) setCard(e.body["card"]);
        else failed(e instanceof WorkshopApiError ? e : new WorkshopApiError(0, "unexpected", undefined, {}));
      } finally {
        setBusy(false);
      }
    },
    [base, failed, headers, locale],
  );

  return { card, error, busy, act };
}
