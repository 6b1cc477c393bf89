import type { ErrorCause } from "../api/ApiError";
import { Note } from "./Note";

/** The outcome of the last action on a page; errors are announced at once, the rest politely. */
export interface Notice {
  readonly intent: "success" | "error" | "warning" | "info";
  readonly text: string;
  /** The reasons behind a refusal, one per line (what blocks a move), as the server words them. */
  readonly causes?: readonly ErrorCause[];
}

export function NoticeBar({ notice, testId }: { notice: Notice | undefined; testId?: string }) {
  if (!notice) return null;
  return (
    <Note
      intent={notice.intent}
      role={notice.intent === "error" ? "alert" : "status"}
      {...(testId ? { "data-testid": testId } : {})}
    >
      {notice.text}
      {notice.causes && notice.causes.length > 0 && (
        <ul data-testid="notice-causes">
          {notice.causes.map((c) => (
            <li key={c.code} data-code={c.code}>
              {c.message}
            </li>
          ))}
        </ul>
      )}
    </Note>
  );
}
