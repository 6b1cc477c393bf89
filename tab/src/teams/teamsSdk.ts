// The parts of the Teams SDK every tab frame uses, named: hostContext.ts imports this module lazily,
// and the build (tab/barrelImports.mjs) takes each from its own module, so the bundle keeps only
// them. A dynamic import of the package itself would keep all of it (206 KB, 57 KB gzip), since the
// whole namespace could be read. The meeting's and the configuration page's parts are modules of
// their own, fetched only in those frames.
import { app, authentication, FrameContexts } from "@microsoft/teams-js";

export { app, authentication, FrameContexts };
