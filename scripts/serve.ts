// The portal's HTTP server: Next's request handler behind one rule — the client's address is decided here,
// from the socket (and TRUSTED_PROXIES), and written over X-Forwarded-For before the app sees the request.
// Next itself only fills X-Forwarded-For when it is absent, so without this a caller could name any address
// and dodge every per-address limit (docs/decisions/0021). Started by scripts/start.ts.
//   tsx scripts/serve.ts [--dev] [-p PORT] [-H HOST]
import { createServer } from "node:http";
import next from "next";
import { clientAddressFrom, parseTrustedProxies } from "../lib/server/client-address";

const args = process.argv.slice(2);
const option = (...names: string[]) => {
  const index = args.findIndex((a) => names.includes(a));
  return index >= 0 ? args[index + 1] : undefined;
};
const dev = args.includes("--dev");
const port = Number(option("-p", "--port") ?? process.env.PORT ?? 3000);
const hostname = option("-H", "--hostname") ?? process.env.HOST ?? "0.0.0.0";
const trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES);

const app = next({ dev, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

/**
 * Requests no page can answer, refused before Next sees them: an address longer than any real link (the
 * path is echoed into the `Link` header five times — past what nginx and clients accept) and a path whose
 * percent-encoding is broken (Next's decoding of route parameters throws, a 500).
 */
function unanswerable(url: string | undefined): { status: number; text: string } | null {
  const path = url?.split("?")[0] ?? "";
  if (!url || url.length > maxUrlLength || path.length > maxPathLength) return { status: 414, text: "URI Too Long" };
  try {
    // Twice: Next decodes a route parameter again after matching ("/vacancies/%25ZZ" → "%ZZ" → throws).
    decodeURIComponent(decodeURIComponent(path));
  } catch {
    return { status: 400, text: "Bad Request" };
  }
  return null;
}
// The longest real path is under 150 characters; the language links repeat the path five times in a header.
const maxPathLength = 512;
const maxUrlLength = 4096;

let stopping = false;
const server = createServer((request, response) => {
  const refused = unanswerable(request.url);
  if (refused) {
    response.writeHead(refused.status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
    response.end(refused.text);
    return;
  }
  const client = clientAddressFrom({
    socketAddress: request.socket.remoteAddress,
    forwardedFor: request.headers["x-forwarded-for"],
    trusted,
  });
  request.headers["x-forwarded-for"] = client;
  delete request.headers["x-real-ip"];
  // Stopping: answer, then close this keep-alive connection, so the client opens its next one elsewhere.
  if (stopping) response.setHeader("Connection", "close");
  void handle(request, response);
});
server.keepAliveTimeout = 65_000; // longer than a load balancer's idle timeout (60 s)
server.listen(port, hostname, () => {
  console.log(`[serve] ${dev ? "development" : "production"} server on http://${hostname}:${port}`);
});

// Graceful stop: no new connections, requests in flight finish, and what the application registered to
// drain on stop (the in-process job worker finishing its jobs: lib/jobs/run-worker-in-process.ts) is
// awaited; then exit, at the latest after 25 s.
const drainOnStop = ((globalThis as Record<symbol, unknown>)[Symbol.for("portal.drainOnStop")] ??=
  []) as (() => Promise<void>)[];
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`[serve] ${signal}: finishing requests in flight and running jobs`);
    const requestsDone = new Promise<void>((resolve) => server.close(() => resolve()));
    // Keep-alive connections that finish a response become idle later: close those as they do.
    server.closeIdleConnections();
    setInterval(() => server.closeIdleConnections(), 100).unref();
    setTimeout(() => process.exit(0), 25_000).unref();
    const drained = drainOnStop.map((drain) => drain().catch((error) => console.error("[serve] drain failed", error)));
    void Promise.all([requestsDone, ...drained]).then(() => process.exit(0));
  });
}
