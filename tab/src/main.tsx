import { createRoot } from "react-dom/client";
import { App } from "./App";
import { initializeHost } from "./teams/hostContext";

const container = document.getElementById("root");
if (!container) throw new Error("index.html must contain #root");

void initializeHost().then((host) => {
  // Opened from a deep link (e.g. the « follow in the tab » button of a Teams card): show that page.
  if (host.startPath && window.location.pathname === "/") window.history.replaceState(null, "", host.startPath);
  createRoot(container).render(<App host={host} />);
});
