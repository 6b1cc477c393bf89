import type { ReactElement } from "react";
import { lazyPage, type LazyPage } from "../pages/lazyPage";
import type { Route } from "../router/routes";

// One chunk per page: a phone opening /join does not download the confirmation form or the poster.
const JoinPage = lazyPage(() => import("./pages/JoinPage").then((m) => m.JoinPage));
const ConfirmPage = lazyPage(() => import("./pages/ConfirmPage").then((m) => m.ConfirmPage));
const FollowPage = lazyPage(() => import("./pages/FollowPage").then((m) => m.FollowPage));
const NotFound = lazyPage(() => import("./pages/PublicNotFound").then((m) => m.PublicNotFound));

export interface PublicPageEntry {
  readonly element: ReactElement;
  preload(): Promise<void>;
}

function entry<P extends object>(Page: LazyPage<P>, props: P): PublicPageEntry {
  return { element: <Page {...props} />, preload: () => Page.preload() };
}

/** The page an address shows; the server sends public-<page>.html only for these three. */
export function publicPageFor(route: Route): PublicPageEntry {
  switch (route.page) {
    case "join":
      return entry(JoinPage, { code: route.code });
    case "confirm":
      return entry(ConfirmPage, { token: route.token });
    case "follow":
      return entry(FollowPage, { token: route.token });
    default:
      return entry(NotFound, {});
  }
}
