import { drainReader } from "@/lib/http/drain-body";
import { HttpError } from "@/lib/http/errors";

/** Largest request body accepted by default: a plan input is a few hundred bytes, so 64 KiB is generous. */
export const MAX_BODY_BYTES = 64 * 1024;

export type TReadJsonOptions = {
  /** A route that takes bigger bodies (a pasted calendar) sets its own cap. Default MAX_BODY_BYTES. */
  maxBytes?: number;
};

function sizeLabel(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MiB` : `${Math.round(bytes / 1024)} KiB`;
}

function tooLarge(maxBytes: number): HttpError {
  return new HttpError("payload_too_large", `The request body is larger than ${sizeLabel(maxBytes)}.`);
}

/** application/json, optionally with `charset=utf-8` (any case, quoted or not); nothing else. */
export function isJsonContentType(header: string | null): boolean {
  if (!header) return false;
  const [mediaType, ...params] = header.split(";").map((part) => part.trim().toLowerCase());
  if (mediaType !== "application/json") return false;
  return params.every((param) => {
    if (param === "") return true;
    const [name, rawValue = ""] = param.split("=").map((part) => part.trim());
    if (name !== "charset") return true;
    return rawValue.replace(/^"(.*)"$/, "$1") === "utf-8";
  });
}

/** Reads the stream, stopping as soon as it passes the limit (Content-Length can lie or be absent). */
async function readLimitedBytes(request: Request, maxBytes: number): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let result: ReadableStreamReadResult<Uint8Array>;
    try {
      result = await reader.read();
    } catch {
      throw new HttpError("invalid_json", "The request body could not be read.");
    }
    if (result.done) break;
    total += result.value.byteLength;
    if (total > maxBytes) {
      // Read the rest away so the 413 reaches a client still uploading (see drain-body.ts).
      await drainReader(reader);
      throw tooLarge(maxBytes);
    }
    chunks.push(result.value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * The parsed JSON body of a request, or an HttpError: 415 for another content type, 413 above
 * `maxBytes` (default 64 KiB; declared or actual), 400 for bytes that are not UTF-8 or not JSON.
 */
export async function readJson(request: Request, options: TReadJsonOptions = {}): Promise<unknown> {
  const maxBytes = options.maxBytes ?? MAX_BODY_BYTES;
  if (!isJsonContentType(request.headers.get("content-type"))) {
    throw new HttpError("unsupported_media_type", "Send the body as JSON with Content-Type: application/json.");
  }
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > maxBytes) {
    throw tooLarge(maxBytes);
  }
  const bytes = await readLimitedBytes(request, maxBytes);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new HttpError("invalid_json", "The request body is not valid UTF-8 text.");
  }
  if (text.trim() === "") throw new HttpError("invalid_json", "The request body is empty; send the plan input as JSON.");
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError("invalid_json", "The request body is not valid JSON.");
  }
}
