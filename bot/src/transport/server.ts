import restify, { type Request, type Response, type Server } from "restify";
import type { CloudAdapter } from "botbuilder";
import type { ActivityPolicy } from "./activityGuard";
import { botEndpoint } from "./botEndpoint";
import type { VivreEnsembleBot } from "./teamsBot";
import { registerApiRoutes } from "./http/apiRoutes";
import type { RouteContext } from "./http/routeContext";
import { errorBody, keyForStatus } from "./http/errorBody";
import { publicRateLimit, type PublicLimits } from "./http/rateLimit";
import { securityHeaders } from "./http/securityHeaders";
import { tabFiles } from "./http/staticFiles";

export interface HttpServerDeps extends RouteContext {
  readonly adapter: CloudAdapter;
  readonly bot: VivreEnsembleBot;
  readonly policy: ActivityPolicy;
  readonly production: boolean;
  readonly tabDir: string;
  readonly publicLimits: PublicLimits;
}

// Teams activities are small; 1 MiB leaves room for invokes carrying card data.
const MAX_BODY_BYTES = 1024 * 1024;

export function createHttpServer(deps: HttpServerDeps): Server {
  const server = restify.createServer({ name: "vivre-ensemble", handleUncaughtExceptions: false });
  const log = deps.logger;

  server.use(securityHeaders(deps.production));
  server.pre(publicRateLimit(deps.publicLimits));
  server.use(restify.plugins.queryParser({ mapParams: false }));
  // Browsers send a DELETE without a body with neither Content-Length nor Content-Type; restify's
  // parser would refuse it as an unknown media type (415). A request with no body has nothing to parse.
  const parsers = restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, rejectUnknown: true });
  server.use((req: Request, res: Response, next: restify.Next) => {
    const hasBody = req.headers["content-length"] !== undefined || req.headers["transfer-encoding"] !== undefined;
    if (!hasBody) return next();
    const [read, parse] = parsers as [restify.RequestHandler, restify.RequestHandler];
    return read(req, res, (error?: unknown) => (error ? next(error as Error) : parse(req, res, next)));
  });

  server.post("/api/messages", botEndpoint({ adapter: deps.adapter, bot: deps.bot, policy: deps.policy, logger: log }));

  registerApiRoutes(server, deps);

  const files = tabFiles(deps.tabDir, { serveSourceMaps: !deps.production });
  server.get("/static/*", async (req: Request, res: Response) => {
    if (!(await files.asset(req, res))) res.send(404, errorBody(req, "notFound", "error.notFound"));
  });
  // Unknown /api paths are API errors, not pages.
  server.get("/api/*", async (req: Request, res: Response) => {
    res.send(404, errorBody(req, "notFound", "error.notFound"));
  });
  server.get("/*", async (req: Request, res: Response) => {
    if (!(await files.page(req, res))) res.send(404, errorBody(req, "notFound", "error.notFound"));
  });

  // restify's own errors (bad JSON, too large, no route) get our localised shape; no stack traces.
  server.on(
    "restifyError",
    (req: Request, _res: Response, err: { statusCode?: number; toJSON?: () => unknown }, callback: () => void) => {
      // The bot endpoint takes JSON only: any other body is a malformed activity (400), not a media-type question.
      if (err.statusCode === 415 && req.getPath() === "/api/messages") err.statusCode = 400;
      const status = err.statusCode ?? 500;
      const { code, key } = keyForStatus(status);
      if (status >= 500) log.error({ err, path: req.getPath() }, "request failed");
      err.toJSON = () => errorBody(req, code, key);
      callback();
    },
  );

  server.on("after", (req: Request, res: Response) => {
    log.info(
      { reqId: req.id(), method: req.method, path: req.getPath(), status: res.statusCode, ms: Date.now() - req.time() },
      "request",
    );
  });

  return server;
}
