// Preloaded (`node --require`) into the Agents Playground, which listens on every interface and
// offers no option to choose one. The Playground talks to a bot that accepts unauthenticated
// requests (local mode), so it must never be reachable from the network: any listen without a
// host, or on a wildcard address, is moved to 127.0.0.1.
// It also ends the process when its parent goes away (even after SIGKILL of the parent), so the
// Playground can never outlive `npm run playground` or a test run.
"use strict";
const net = require("node:net");

const LOOPBACK = "127.0.0.1";
const WILDCARDS = new Set(["", "0.0.0.0", "::", "::0", "0:0:0:0:0:0:0:0", "[::]"]);

function loopbackHost(host) {
  return typeof host !== "string" || WILDCARDS.has(host.trim()) ? LOOPBACK : host;
}

function isPort(value) {
  return typeof value === "number" || (typeof value === "string" && /^\d+$/.test(value));
}

/** Rewrites the arguments of net.Server#listen; pipes, file descriptors and handles are left alone. */
function toLoopback(args) {
  const [first] = args;
  if (first === undefined || first === null || typeof first === "function") return [0, LOOPBACK, ...args.slice(1)];
  if (isPort(first)) {
    if (typeof args[1] === "string") return [first, loopbackHost(args[1]), ...args.slice(2)];
    return [first, LOOPBACK, ...args.slice(1)];
  }
  if (
    typeof first === "object" &&
    !("path" in first) &&
    !("fd" in first) &&
    !("handle" in first) &&
    !("_handle" in first)
  ) {
    return [{ ...first, host: loopbackHost(first.host) }, ...args.slice(1)];
  }
  return args;
}

const originalListen = net.Server.prototype.listen;
net.Server.prototype.listen = function listenOnLoopback(...args) {
  return originalListen.apply(this, toLoopback(args));
};

// Polling the parent id is the one check that also works when the parent died of SIGKILL:
// the orphan is re-parented (to init or a subreaper) and its ppid changes. The spawner passes its
// pid, because it may already be gone by the time this file runs.
const expectedParent = Number(process.env.BIND_LOOPBACK_PARENT_PID) || process.ppid;
function checkParent() {
  if (process.ppid !== expectedParent) process.exit(0);
}
checkParent();
setInterval(checkParent, 500).unref();

module.exports = { toLoopback };
