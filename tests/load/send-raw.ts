/** One raw HTTP request over node:http (no URL normalisation, optional chunked body), with a timeout. */
import http from "node:http";
import net from "node:net";

export type TRawRequest = {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: Buffer;
  /** Stream the body in chunks without Content-Length. */
  chunked?: boolean;
};

export type TRawResponse = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** `localAddress`: the loopback address to connect from (127.x.y.z), so a proxy sees distinct clients. */
type TOrigin = { host: string; port: number; agent?: http.Agent | false; localAddress?: string };

/**
 * Sends once; if a kept-alive socket turns out to have been closed by the server in the meantime
 * (ECONNRESET before any answer on a reused socket), sends again on a fresh one, as Node's docs advise.
 */
export async function sendRaw(origin: TOrigin, request: TRawRequest, timeoutMs = 10_000): Promise<TRawResponse> {
  try {
    return await sendOnce(origin, request, timeoutMs);
  } catch (error) {
    if ((error as { staleSocket?: boolean }).staleSocket) return sendOnce({ ...origin, agent: false }, request, timeoutMs);
    throw error;
  }
}

function sendOnce(origin: TOrigin, request: TRawRequest, timeoutMs: number): Promise<TRawResponse> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (error: Error | null, value?: TRawResponse) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) reject(error);
      else resolve(value!);
    };
    const headers: Record<string, string | number> = { ...request.headers };
    if (request.body && !request.chunked) headers["content-length"] = request.body.length;
    const req = http.request({ host: origin.host, port: origin.port, localAddress: origin.localAddress, method: request.method, path: request.path, headers, agent: origin.agent });
    const timer = setTimeout(() => {
      req.destroy();
      finish(new Error(`timeout after ${timeoutMs} ms`));
    }, timeoutMs);
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => finish(null, { status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", (error) => finish(error));
    });
    let answered = false;
    req.on("response", () => (answered = true));
    req.on("error", (error: NodeJS.ErrnoException) => {
      if (!answered && req.reusedSocket && error.code === "ECONNRESET") {
        return finish(Object.assign(error, { staleSocket: true }));
      }
      // A server may answer (413) and close before the whole body is written; the answer counts.
      if (!settled) setTimeout(() => finish(error), 200);
    });
    if (!request.body) {
      req.end();
    } else if (request.chunked) {
      const size = 16 * 1024;
      let offset = 0;
      const writeNext = () => {
        while (offset < request.body!.length) {
          const chunk = request.body!.subarray(offset, offset + size);
          offset += size;
          if (!req.write(chunk)) return void req.once("drain", writeNext);
        }
        req.end();
      };
      writeNext();
    } else {
      req.end(request.body);
    }
  });
}

/**
 * For large uploads: a plain TCP socket that keeps reading after the server stops reading (a 413
 * sent early, then the connection closed). Node's HTTP client drops such answers on EPIPE; curl and
 * browsers do not, so the fuzzer must not either.
 */
export function sendOverSocket(origin: { host: string; port: number }, request: TRawRequest, timeoutMs = 10_000): Promise<TRawResponse> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: origin.host, port: origin.port });
    const received: Buffer[] = [];
    let done = false;
    let socketError: string | undefined;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      try {
        resolve(parseResponse(Buffer.concat(received)));
      } catch (error) {
        // The socket's error code (EPIPE, ECONNRESET) goes with the failure: a reset and a clean close
        // without an answer point at different causes.
        reject(Object.assign(error as Error, { code: socketError }));
      }
    };
    const timer = setTimeout(() => {
      done = true;
      socket.destroy();
      reject(new Error(`timeout after ${timeoutMs} ms`));
    }, timeoutMs);
    socket.on("data", (chunk: Buffer) => {
      received.push(chunk);
      if (isCompleteResponse(Buffer.concat(received))) finish();
    });
    socket.on("end", finish);
    socket.on("close", finish);
    // EPIPE/ECONNRESET while uploading: the answer may be in already.
    socket.on("error", (error: NodeJS.ErrnoException) => {
      socketError ??= error.code;
    });
    socket.on("connect", () => {
      const body = request.body ?? Buffer.alloc(0);
      const headers: Record<string, string> = { host: `${origin.host}:${origin.port}`, connection: "close", ...request.headers };
      if (request.chunked) headers["transfer-encoding"] = "chunked";
      else headers["content-length"] = String(body.length);
      const head = `${request.method} ${request.path} HTTP/1.1\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join("\r\n")}\r\n\r\n`;
      socket.write(head);
      // write, never end(): Node's HTTP server takes a client's half-close (FIN) as the client
      // leaving and drops the answer still being prepared (seen on PostgreSQL, where the route
      // awaits a query before answering). Browsers and curl do not half-close either.
      if (!request.chunked) {
        socket.write(body);
        return;
      }
      const size = 16 * 1024;
      for (let offset = 0; offset < body.length; offset += size) {
        const chunk = body.subarray(offset, offset + size);
        socket.write(`${chunk.length.toString(16)}\r\n`);
        socket.write(chunk);
        socket.write("\r\n");
      }
      socket.write("0\r\n\r\n");
    });
  });
}

function splitHead(raw: Buffer): { status: number; headers: http.IncomingHttpHeaders; rest: Buffer } | null {
  const end = raw.indexOf("\r\n\r\n");
  if (end < 0) return null;
  const [statusLine, ...lines] = raw.subarray(0, end).toString("latin1").split("\r\n");
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0);
  const headers: http.IncomingHttpHeaders = {};
  for (const line of lines) {
    const colon = line.indexOf(":");
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status, headers, rest: raw.subarray(end + 4) };
}

function decodeChunked(rest: Buffer): Buffer | null {
  const parts: Buffer[] = [];
  let offset = 0;
  for (;;) {
    const lineEnd = rest.indexOf("\r\n", offset);
    if (lineEnd < 0) return null;
    const size = parseInt(rest.subarray(offset, lineEnd).toString("latin1"), 16);
    if (Number.isNaN(size)) return null;
    if (size === 0) return Buffer.concat(parts);
    if (rest.length < lineEnd + 2 + size + 2) return null;
    parts.push(rest.subarray(lineEnd + 2, lineEnd + 2 + size));
    offset = lineEnd + 2 + size + 2;
  }
}

function bodyOf(head: { headers: http.IncomingHttpHeaders; rest: Buffer }): Buffer | null {
  if (String(head.headers["transfer-encoding"] ?? "").toLowerCase().includes("chunked")) return decodeChunked(head.rest);
  const length = head.headers["content-length"];
  if (length !== undefined) return head.rest.length >= Number(length) ? head.rest.subarray(0, Number(length)) : null;
  return null;
}

function isCompleteResponse(raw: Buffer): boolean {
  const head = splitHead(raw);
  return head !== null && bodyOf(head) !== null;
}

function parseResponse(raw: Buffer): TRawResponse {
  const head = splitHead(raw);
  if (!head) throw new Error(raw.length === 0 ? "connection closed without an answer" : "incomplete answer");
  return { status: head.status, headers: head.headers, body: bodyOf(head) ?? head.rest };
}
