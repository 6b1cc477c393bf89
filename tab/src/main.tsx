import { createRoot } from "react-dom/client";
import { App, initialLocale } from "./App";
import { staffCatalogueFor } from "./i18n/staffCatalogue";
import { fluentThemeFor } from "./teams/fluentTheme";
import { preloadPage } from "./pages/PageOutlet";
import { showStartFailure } from "./startFailure";
import { initializeHost } from "./teams/hostContext";

const container = document.getElementById("root");
if (!container) throw new Error("index.html must contain #root");

// The page's chunk is fetched alongside the host's start-up (teams-js inside Teams), not after it.
// A chunk that fails here is fetched again when the page renders.
const firstPage = preloadPage(window.location.pathname).catch(() => undefined);

initializeHost()
  .then(async (host) => {
    // Opened from a deep link (e.g. the « follow in the tab » button of a Teams card): show that page.
    if (host.startPath && window.location.pathname === "/") {
      window.history.replaceState(null, "", host.startPath);
      await preloadPage(host.startPath).catch(() => undefined);
    }
    const locale = initialLocale(host);
    const [messages, theme] = await Promise.all([staffCatalogueFor(locale), fluentThemeFor(host.theme), firstPage]);
    createRoot(container).render(<App start={{ host, locale, messages, theme }} />);
  })
  .catch(() => showStartFailure(container));
