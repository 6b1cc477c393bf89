import { Link } from "@fluentui/react-components";
import type { MouseEvent, ReactNode } from "react";
import { useRouter } from "../router/Router";

interface AppLinkProps {
  readonly to: string;
  readonly children: ReactNode;
  readonly className?: string;
  readonly "aria-current"?: "page";
}

/**
 * An in-app link: a real <a href> (so middle-click, copy link and screen readers work)
 * whose plain left click is routed without reloading the page.
 */
export function AppLink({ to, children, className, "aria-current": ariaCurrent }: AppLinkProps) {
  const { navigate } = useRouter();
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <Link href={to} onClick={handleClick} className={className} aria-current={ariaCurrent}>
      {children}
    </Link>
  );
}
