import { createRoot } from "react-dom/client";
import { App } from "./App";
import { initializeHost } from "./teams/hostContext";

const container = document.getElementById("root");
if (!container) throw new Error("index.html must contain #root");

void initializeHost().then((host) => {
  createRoot(container).render(<App host={host} />);
});
