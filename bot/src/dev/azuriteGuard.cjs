// Runs Azurite's Table service inside this process and ends it when the parent goes away:
// the parent holds our stdin, and the pipe closes even when the parent is killed with SIGKILL,
// so Azurite can never outlive `npm start` or a jest run.
"use strict";
process.stdin.on("close", () => process.exit(0));
process.stdin.on("end", () => process.exit(0));
process.stdin.resume();
process.on("SIGTERM", () => process.emit("SIGINT"));
process.argv = [process.argv[0], require.resolve("azurite/dist/src/table/main.js"), ...process.argv.slice(2)];
require("azurite/dist/src/table/main.js");
