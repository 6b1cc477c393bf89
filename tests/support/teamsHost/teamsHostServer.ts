import { request as httpRequest } from "node:http";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { HOST_PAGE_HTML } from "./hostPage";
import type { LocalCertificate } from "./localCertificate";

/** The host name Teams' web client runs on, one teams-js accepts as a parent (its validOrigins list). */
export const TEAMS_HOSTNAME = "teams.microsoft.com";
/** A site that is not Teams serving the same host page: the tab's CSP must keep it from framing the tab. */
export const IMPOSTOR_HOSTNAME = "teams-lookalike.test";

export interface TeamsHostServer {
  /** The loopback port the test browser maps both host names to. */
  readonly port: number;
  stop(): Promise<void>;
}

/**
 * One HTTPS listener on 127.0.0.1 for the names the test browser maps to it: teams.microsoft.com
 * serves the host page (so does an impostor name, to check that the tab refuses to be framed there);
 * the app's public host name is passed on to the real app over plain HTTP, as the TLS front of a
 * deployment does. The tab thus runs on https://<PUBLIC_HOSTNAME>/, the contentUrl the manifest
 * gives Teams, and its CSP frame-ancestors meets a real Teams origin.
 */
export async function startTeamsHostServer(options: {
  readonly certificate: LocalCertificate;
  readonly publicHostname: string;
  readonly appUrl: string;
}): Promise<TeamsHostServer> {
  const app = new URL(options.appUrl);
  const server: Server = createServer({ cert: options.certificate.cert, key: options.certificate.key }, (req, res) => {
    const host = (req.headers.host ?? "").replace(/:\d+$/, "").toLowerCase();
    if (host === TEAMS_HOSTNAME || host === IMPOSTOR_HOSTNAME) {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
      res.end(HOST_PAGE_HTML);
      return;
    }
    if (host !== options.publicHostname) {
      res.writeHead(421);
      res.end();
      return;
    }
    const upstream = httpRequest(
      {
        hostname: app.hostname,
        port: app.port,
        method: req.method,
        path: req.url,
        headers: {
          ...req.headers,
          "x-forwarded-proto": "https",
          "x-forwarded-host": req.headers.host ?? options.publicHostname,
        },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
