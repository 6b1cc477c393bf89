import { useEffect } from "react";

/**
 * An usager's page (join, confirm, follow) reached from inside the staff app, by a link or a Teams deep
 * link: those pages are their own app, which the server sends for these addresses, so load it.
 */
export function UsagerPage() {
  useEffect(() => {
    window.location.replace(window.location.href);
  }, []);
  return null;
}
