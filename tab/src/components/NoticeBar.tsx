import { MessageBar, MessageBarBody } from "@fluentui/react-components";

/** The outcome of the last action on a page; errors are announced at once, the rest politely. */
export interface Notice {
  readonly intent: "success" | "error" | "warning" | "info";
  readonly text: string;
}

export function NoticeBar({ notice, testId }: { notice: Notice | undefined; testId?: string }) {
  if (!notice) return null;
  return (
    <MessageBar
      layout="multiline"
      intent={notice.intent}
      role={notice.intent === "error" ? "alert" : "status"}
      {...(testId ? { "data-testid": testId } : {})}
    >
      <MessageBarBody>{notice.text}</MessageBarBody>
    </MessageBar>
  );
}
