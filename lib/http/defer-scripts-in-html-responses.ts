import type { ServerResponse } from "node:http";
import { createScriptDeferrer, type TScriptDeferrer } from "./defer-framework-scripts";

type TCallback = (error?: Error | null) => void;
type TWrite = (chunk: unknown, encoding?: unknown, callback?: unknown) => boolean;
type TEnd = (chunk?: unknown, encoding?: unknown, callback?: unknown) => ServerResponse;

function isHtml(res: ServerResponse): boolean {
  const type = res.getHeader("content-type");
  return typeof type === "string" && type.toLowerCase().startsWith("text/html");
}

/**
 * Runs every HTML document this response sends through `createScriptDeferrer` (the custom
 * server's only change to what Next.js renders). Patches `write` and `end` before Next's handler
 * gets the response; whatever sits below (the compression middleware) sees the rewritten text.
 * Other responses pass through untouched, byte for byte.
 */
export function deferScriptsInHtmlResponses(res: ServerResponse): void {
  const write = res.write.bind(res) as TWrite;
  const end = res.end.bind(res) as TEnd;
  // Decided on the first write, when Next has set its headers: null = not HTML, pass through.
  let state: TScriptDeferrer | null | undefined;

  const decide = () => {
    if (state !== undefined) return state;
    if (!isHtml(res)) return (state = null);
    // A streamed page has its headers flushed before its first chunk, without a length. One already
    // sent with a length cannot change size; otherwise the rewritten document has another length.
    if (res.headersSent) {
      if (res.getHeader("content-length") !== undefined) return (state = null);
    } else {
      res.removeHeader("content-length");
    }
    return (state = createScriptDeferrer());
  };

  const toBytes = (chunk: unknown, encoding: unknown): Uint8Array => {
    if (chunk instanceof Uint8Array) return chunk;
    if (typeof chunk === "string") return Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
    return new Uint8Array(0);
  };

  res.write = function patchedWrite(chunk: unknown, encoding?: unknown, callback?: unknown): boolean {
    const current = chunk === undefined || chunk === null ? null : decide();
    if (!current) return write(chunk, encoding, callback);
    const done = (typeof encoding === "function" ? encoding : callback) as TCallback | undefined;
    const bytes = current.push(toBytes(chunk, typeof encoding === "function" ? undefined : encoding));
    if (bytes.length > 0) return write(bytes, done);
    if (done) process.nextTick(done);
    return true;
  } as ServerResponse["write"];

  res.end = function patchedEnd(chunk?: unknown, encoding?: unknown, callback?: unknown): ServerResponse {
    const current = decide();
    if (!current) return end(chunk, encoding, callback);
    const done = [chunk, encoding, callback].find((value) => typeof value === "function") as TCallback | undefined;
    const last = typeof chunk === "function" ? new Uint8Array(0) : toBytes(chunk, typeof encoding === "function" ? undefined : encoding);
    return end(Buffer.concat([current.push(last), current.end()]), done);
  } as ServerResponse["end"];
}
