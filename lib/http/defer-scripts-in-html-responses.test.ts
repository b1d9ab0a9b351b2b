import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import compression from "compression";
import { afterEach, describe, expect, it } from "vitest";
import { deferScriptsInHtmlResponses } from "./defer-scripts-in-html-responses";

const SCRIPT = '<script src="/_next/static/chunks/app-é.js" async=""></script>';
const HTML = `<!DOCTYPE html><html><head>${SCRIPT}</head><body><p>Café, 5 km · 40 min</p></body></html>`;

let server: Server | null = null;

afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = null;
});

/** Serves `handler` the way server.ts does: compression below, the rewrite above it. */
async function serve(handler: (res: ServerResponse) => void): Promise<number> {
  const compress = compression({ threshold: 0 });
  server = createServer((req, res) =>
    compress(req as never, res as never, () => {
      deferScriptsInHtmlResponses(res);
      handler(res);
    }),
  );
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

async function get(port: number, encoding: string): Promise<{ response: IncomingMessage; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ port, host: "127.0.0.1", path: "/", headers: { "accept-encoding": encoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ response, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("deferScriptsInHtmlResponses", () => {
  it("rewrites a streamed HTML document split inside a tag and inside a UTF-8 character, then compresses it", async () => {
    const bytes = Buffer.from(HTML, "utf8");
    const inScript = HTML.indexOf("chunks/") + 3;
    const inCafe = bytes.indexOf(Buffer.from("é", "utf8"), bytes.indexOf(Buffer.from("Caf"))) + 1;
    const port = await serve((res) => {
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.setHeader("content-length", String(bytes.length));
      res.write(bytes.subarray(0, Buffer.byteLength(HTML.slice(0, inScript))));
      res.write(bytes.subarray(Buffer.byteLength(HTML.slice(0, inScript)), inCafe));
      res.end(bytes.subarray(inCafe));
    });
    const { response, body } = await get(port, "gzip");
    expect(response.headers["content-encoding"]).toBe("gzip");
    expect(response.headers["content-length"]).toBeUndefined();
    const text = gunzipSync(body).toString("utf8");
    expect(text).not.toContain(SCRIPT);
    expect(text).toContain('__strideliftLoadScript("/_next/static/chunks/app-é.js")');
    expect(text).toContain("<p>Café, 5 km · 40 min</p></body></html>");
  });

  it("rewrites a streamed page whose headers were flushed before its first chunk", async () => {
    const port = await serve((res) => {
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.flushHeaders();
      res.write(HTML.slice(0, 40));
      setTimeout(() => res.end(HTML.slice(40)), 5);
    });
    const { body } = await get(port, "identity");
    expect(body.toString("utf8")).not.toContain(SCRIPT);
    expect(body.toString("utf8")).toContain('__strideliftLoadScript("/_next/static/chunks/app-é.js")');
  });

  it("passes a response that is not HTML through byte for byte, its length header included", async () => {
    const json = JSON.stringify({ note: SCRIPT });
    const port = await serve((res) => {
      res.setHeader("content-type", "application/json");
      res.setHeader("content-length", String(Buffer.byteLength(json)));
      res.end(json);
    });
    const { response, body } = await get(port, "identity");
    expect(response.headers["content-length"]).toBe(String(Buffer.byteLength(json)));
    expect(body.toString("utf8")).toBe(json);
  });

  it("sends an uncompressed rewritten document whole, without the original's length, to a client that accepts no encoding", async () => {
    const port = await serve((res) => {
      res.setHeader("content-type", "text/html");
      res.setHeader("content-length", String(Buffer.byteLength(HTML)));
      res.end(HTML);
    });
    const { response, body } = await get(port, "identity");
    expect(response.headers["content-encoding"]).toBeUndefined();
    expect(response.headers["content-length"]).toBeUndefined();
    expect(body.toString("utf8")).toContain('__strideliftLoadScript("/_next/static/chunks/app-é.js")');
    expect(body.toString("utf8").endsWith("</body></html>")).toBe(true);
  });

  it("ends an HTML response that has no body (a HEAD or a 304) without adding one", async () => {
    const port = await serve((res) => {
      res.statusCode = 304;
      res.setHeader("content-type", "text/html");
      res.end();
    });
    const { response, body } = await get(port, "gzip");
    expect(response.statusCode).toBe(304);
    expect(body.length).toBe(0);
  });
});
