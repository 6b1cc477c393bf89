/**
 * The page the simulated Teams serves at https://teams.microsoft.com/: a frame for the tab, and the
 * parent side of teams-js's postMessage protocol. The page only relays: each request from the tab
 * (`{ id, uuidAsString, func, args }`) goes to the test through the `teamsHostReceive` binding, and
 * its answer goes back to the tab as `{ id, uuidAsString, args }`, to the tab's origin only. The
 * test pushes events (`{ func, args }`, e.g. themeChange) and loads pages through `window.teamsHost`.
 */
export const HOST_PAGE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Microsoft Teams (simulated)</title>
<style>
  html, body { margin: 0; height: 100%; background: #ebebeb; font-family: sans-serif; }
  body { display: flex; }
  #rail { width: 68px; background: #464775; flex: none; }
  #stage { flex: 1; display: flex; justify-content: flex-end; align-items: flex-start; overflow: hidden; }
  iframe { border: 0; background: transparent; display: block; }
</style>
</head>
<body>
<nav id="rail" aria-label="Teams"></nav>
<div id="stage"><iframe id="app" name="embedded-page-container" title="Vivre ensemble"
  allow="clipboard-read; clipboard-write; fullscreen"></iframe></div>
<script>
  const frame = document.getElementById("app");
  let tabOrigin = null;
  window.addEventListener("message", (event) => {
    if (event.source !== frame.contentWindow) return;
    const msg = event.data;
    if (!msg || typeof msg !== "object" || typeof msg.func !== "string") return;
    const source = event.source;
    const origin = event.origin;
    window
      .teamsHostReceive({ id: msg.id, uuid: msg.uuidAsString, func: msg.func, args: msg.args, origin })
      .then((answer) => {
        // Only a request gets an answer; one-way messages (registerHandler, notifySuccess…) get none.
        if (answer && source === frame.contentWindow)
          source.postMessage({ id: msg.id, uuidAsString: msg.uuidAsString, args: answer.args }, origin);
      });
  });
  window.teamsHost = {
    load(url, width, height) {
      tabOrigin = new URL(url).origin;
      frame.style.width = width + "px";
      frame.style.height = height + "px";
      frame.src = url;
    },
    send(func, args) {
      frame.contentWindow.postMessage({ func, args }, tabOrigin);
    },
  };
</script>
</body>
</html>
`;
