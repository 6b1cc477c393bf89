import { createRoot } from "react-dom/client";
import { localeFromTag, readStoredLocale } from "../i18n/locale";
import { showStartFailure } from "../startFailure";
import { catalogueFor } from "./publicCatalogue";
import { PublicApp } from "./PublicApp";
import { publicPageFor } from "./publicPages";
import "./styles/index.css";

const container = document.getElementById("root");
if (!container) throw new Error("public-<page>.html must contain #root");

const locale = readStoredLocale() ?? localeFromTag(navigator.language);
const page = publicPageFor(window.location.pathname);
// The page's chunk and the catalogue are fetched together, and the first render waits for both, so
// an usager's phone shows the page whole rather than a spinner first.
Promise.all([catalogueFor(locale, page.texts), page.preload()])
  .then(([messages]) => {
    createRoot(container).render(
      <PublicApp initialLocale={locale} initialMessages={messages} page={page.element} pageTexts={page.texts} />,
    );
  })
  .catch(() => showStartFailure(container));
