// The production server (`npm start`): `next start` with one change to what it sends. Every HTML
// document's framework scripts load after the first paint (lib/http/defer-framework-scripts.ts says
// why), so the response is compressed here, after that rewrite, instead of inside Next's handler
// (next.config.ts turns Next's own compression off when STRIDELIFT_COMPRESSION is "server").
// Usage: tsx server.ts [-p PORT] [-H HOSTNAME]   (PORT and HOSTNAME from the environment otherwise)
import { createServer, type ServerResponse } from "node:http";
import { Duplex } from "node:stream";
import { parseArgs } from "node:util";
import compression from "compression";
import next from "next";
import { deferScriptsInHtmlResponses } from "./lib/http/defer-scripts-in-html-responses";

process.env.STRIDELIFT_COMPRESSION = "server";
// Same title as `next start`, so process lists and the crash test find the server by it.
process.title = "next-server (stridelift)";

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
  allowPositionals: false,
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME;
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`server: "${values.port ?? process.env.PORT}" is not a port`);
  process.exit(1);
}

const app = next({ dev: false, dir: process.cwd(), port, hostname: hostname ?? "localhost" });
const compress = compression();

/** On a client that disconnects, the middleware never ends its zlib stream (Next releases it the same way). */
function releaseCompressionStream(res: ServerResponse): void {
  const noop = () => {};
  const stream: unknown = res.on("drain", noop);
  if (stream === res || !(stream instanceof Duplex)) {
    res.off("drain", noop);
    return;
  }
  stream.destroy();
}

async function main(): Promise<void> {
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer((req, res) => {
    res.once("close", () => {
      if (!res.writableFinished) releaseCompressionStream(res);
    });
    // compression's types are Express's; it only uses what node's request and response have.
    compress(req as never, res as never, () => {
      deferScriptsInHtmlResponses(res);
      handle(req, res).catch((error: unknown) => {
        console.error(`server: ${req.method} ${req.url} failed`, error);
        if (!res.headersSent) {
          res.statusCode = 500;
          res.setHeader("content-type", "text/plain; charset=utf-8");
        }
        res.end("Internal Server Error");
      });
    });
  });
  server.on("error", (error) => {
    console.error("server: could not start", error);
    process.exit(1);
  });
  let closing = false;
  const stop = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    server.close();
    // A kept-alive connection would hold close() open; the platform's grace period still applies.
    server.closeIdleConnections();
    app
      .close()
      .catch((error: unknown) => console.error(error))
      .finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.listen(port, hostname, () => {
    const address = server.address();
    const shown = typeof address === "object" && address ? `${address.address}:${address.port}` : String(address);
    console.log(`stridelift: ready on ${shown}`);
  });
}

main().catch((error: unknown) => {
  console.error("server: could not start", error);
  process.exit(1);
});
