// The parts of the Teams SDK the tab uses, named: hostContext.ts imports this module lazily, and
// esbuild keeps only what is named here. A dynamic import of the package itself would keep all of
// it (206 KB, 57 KB gzip), since the whole namespace could be read.
export { app, authentication, FrameContexts, meeting, pages } from "@microsoft/teams-js";
