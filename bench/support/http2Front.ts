import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { request, type IncomingHttpHeaders } from "node:http";
import { createSecureServer, type Http2ServerRequest, type Http2ServerResponse } from "node:http2";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * An HTTPS front speaking HTTP/2 to the browser and HTTP/1.1 to the app, as App Service does in
 * production (infra/modules/appService.bicep: http20Enabled). Over HTTP/1.1 a browser opens six
 * connections per host, so forty small scripts queue behind each other; over HTTP/2 they share one
 * connection and leave together. The pages bench measures both, so neither figure is mistaken
 * for the other. Its certificate is self-signed for 127.0.0.1 (openssl, Debian's): the browser must
 * be told to accept it.
 */
export interface Http2Front {
  readonly url: string;
  stop(): Promise<void>;
}

// Meaningful for one HTTP/1.1 connection only; HTTP/2 refuses them (RFC 9113 §8.2.2).
const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "transfer-encoding",
  "upgrade",
  "http2-settings",
]);

function withoutHopByHop(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !name.startsWith(":") && !HOP_BY_HOP.has(name)));
}

export async function startHttp2Front(backendUrl: string): Promise<Http2Front> {
  const dir = mkdtempSync(join(tmpdir(), "h2-front-"));
  const keyPath = join(dir, "key.pem");
  const certPath = join(dir, "cert.pem");
  execFileSync(
    "openssl",
    ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", keyPath, "-out", certPath, "-days", "1"].concat([
      "-subj",
      "/CN=127.0.0.1",
      "-addext",
      "subjectAltName=IP:127.0.0.1",
    ]),
    { stdio: "ignore" },
  );
  const backend = new URL(backendUrl);
  const server = createSecureServer(
    { key: readFileSync(keyPath), cert: readFileSync(certPath) },
    (req: Http2ServerRequest, res: Http2ServerResponse) => {
      const upstream = request(
        {
          host: backend.hostname,
          port: backend.port,
          method: req.method,
          path: req.url,
          headers: { ...withoutHopByHop(req.headers), host: backend.host },
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, withoutHopByHop(answer.headers));
          answer.pipe(res);
        },
      );
      upstream.on("error", () => {
        if (!res.headersSent) res.writeHead(502);
        res.end();
      });
      req.pipe(upstream);
    },
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        rmSync(dir, { recursive: true, force: true });
        server.close(() => resolve());
        // Open sessions (the browser keeps its connection) would hold close() forever.
        setTimeout(resolve, 1000).unref();
      }),
  };
}
