import type { ReactElement } from "react";
import { lazyPage, type LazyPage } from "../pages/lazyPage";
import { publicPageOf } from "../../../bot/src/contracts/publicPages";
import type { PageTexts } from "./publicCatalogue";

// One chunk per page: a phone opening /join does not download the confirmation form or the poster.
const JoinPage = lazyPage(() => import("./pages/JoinPage").then((m) => m.JoinPage));
const ConfirmPage = lazyPage(() => import("./pages/ConfirmPage").then((m) => m.ConfirmPage));
const FollowPage = lazyPage(() => import("./pages/FollowPage").then((m) => m.FollowPage));
const NotFound = lazyPage(() => import("./pages/PublicNotFound").then((m) => m.PublicNotFound));

// Each page's texts, per language, in chunks of their own (tab/build.mjs preloads the French ones
// in the page's HTML file): a page does not carry the other two's.
const joinTexts: PageTexts = (locale) =>
  locale === "fr"
    ? import("../i18n/messages/joinPage.fr").then((m) => m.joinPageFr)
    : import("../i18n/messages/joinPage.en").then((m) => m.joinPageEn);
const confirmTexts: PageTexts = (locale) =>
  locale === "fr"
    ? import("../i18n/messages/confirmPage.fr").then((m) => m.confirmPageFr)
    : import("../i18n/messages/confirmPage.en").then((m) => m.confirmPageEn);
const followTexts: PageTexts = (locale) =>
  locale === "fr"
    ? import("../i18n/messages/followPage.fr").then((m) => m.followPageFr)
    : import("../i18n/messages/followPage.en").then((m) => m.followPageEn);
const noTexts: PageTexts = () => Promise.resolve({});

export interface PublicPageEntry {
  readonly element: ReactElement;
  readonly texts: PageTexts;
  preload(): Promise<void>;
}

function entry<P extends object>(Page: LazyPage<P>, props: P, texts: PageTexts): PublicPageEntry {
  return { element: <Page {...props} />, texts, preload: () => Page.preload() };
}

/** A link's code or token, as the staff app's router reads it; undefined when it does not decode. */
function segmentValue(segment: string): string | undefined {
  try {
    return segment ? decodeURIComponent(segment) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The page an address shows: the server sends public-<page>.html only for these three, so the staff
 * app's router is not needed here.
 */
export function publicPageFor(pathname: string): PublicPageEntry {
  const page = publicPageOf(pathname);
  const key = segmentValue(pathname.split("/")[2] ?? "");
  if (!page || key === undefined) return entry(NotFound, {}, noTexts);
  switch (page) {
    case "join":
      return entry(JoinPage, { code: key }, joinTexts);
    case "confirm":
      return entry(ConfirmPage, { token: key }, confirmTexts);
    case "follow":
      return entry(FollowPage, { token: key }, followTexts);
  }
}
