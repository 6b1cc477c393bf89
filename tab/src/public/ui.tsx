import type { ButtonHTMLAttributes, ReactNode } from "react";

/**
 * The few controls the usagers' pages need, as plain elements styled by styles/base.css in Fluent's
 * colours and sizes: Fluent's own components would cost a phone more than the pages themselves.
 */

export type Intent = "error" | "warning" | "success" | "info";

/** A message box; an error is announced at once (role=alert), the rest politely (role=status). */
export function Alert({ intent, children, testId }: { intent: Intent; children: ReactNode; testId?: string }) {
  return (
    <div role={intent === "error" ? "alert" : "status"} className={`ve-alert ve-alert-${intent}`} data-testid={testId}>
      {children}
    </div>
  );
}

/** A spinner with its label written beside it, announced politely. */
export function Spinner({ label }: { label: string }) {
  return (
    <div role="status" className="ve-spinner">
      <span className="ve-spinner-ring" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { readonly appearance?: "primary" | "secondary" };

/** A button: type="button" unless told otherwise, so it never submits a form by accident. */
export function Button({ appearance = "secondary", className, type = "button", ...rest }: ButtonProps) {
  const classes = ["ve-button", appearance === "primary" ? "ve-button-primary" : "", className ?? ""];
  return <button type={type} className={classes.filter(Boolean).join(" ")} {...rest} />;
}
