/**
 * Paint first, then fetch the framework's scripts (issue 15).
 *
 * Next.js puts its chunks in the document's head as `<script src async>` (and one as a low-priority
 * preload). The browser fetches them while it parses, and an async script runs as soon as it
 * arrives: on a phone its evaluation and React's hydration hold back the first frame, so a page whose
 * HTML is complete paints only after about 175 KB of JavaScript has arrived and run. Lighthouse's
 * simulation counts all of that into the largest contentful paint (a "render delay" of about 1.9 s
 * for a text LCP on every page, the framework-only offline page included).
 *
 * This rewrites each such tag into a call to a tiny loader, defined inline where the first one
 * stood, that appends the same scripts (still async, so in no particular order, as before) once the
 * first frame is painted: one animation frame, then a task. A hidden page (a background tab has no
 * frames) and a browser that never calls back load them after at most `FALLBACK_MS`. Markup that
 * does not match exactly is left as it is, so the worst case is the framework's own behaviour.
 * Stateful because a tag can be split across the chunks of a streamed response. It works on the
 * bytes: the tags are ASCII and a cut falls only on `<`, never inside a UTF-8 sequence, so nothing
 * is decoded (decoding a 90 KB page cost more than the rest of the rewrite together).
 */

const LOADER_NAME = "__strideliftLoadScript";
const FALLBACK_MS = 1000;

const SCRIPT_START = Buffer.from('<script src="/_next/static/', "latin1");
const SCRIPT_END = Buffer.from("</script>", "latin1");
const PRELOAD_START = Buffer.from('<link rel="preload" as="script"', "latin1");
const TAG_END = 0x3e;
const LESS_THAN = 0x3c;
/** `<script src="/_next/…" async=""></script>`: the exact form Next's renderer emits for its chunks. */
const SCRIPT_TAG = /^<script src="(\/_next\/static\/[^"<>]+\.js)" async=""><\/script>$/;
/** The same chunks announced ahead as low-priority preloads: fetched during parsing unless removed. */
const PRELOAD_TAG = /^<link rel="preload" as="script" fetchPriority="low" href="\/_next\/static\/[^"<>]+\.js"\/>$/;

const LOADER = [
  "(function(){",
  "var q=[],go=false;",
  'function add(s){var e=document.createElement("script");e.src=s;e.async=true;document.head.appendChild(e)}',
  "function start(){if(go)return;go=true;for(var i=0;i<q.length;i++)add(q[i]);q=null}",
  `self.${LOADER_NAME}=function(s){if(go)add(s);else q.push(s)};`,
  `if(document.visibilityState==="visible"&&self.requestAnimationFrame)requestAnimationFrame(function(){setTimeout(start,0)});`,
  "else setTimeout(start,0);",
  `setTimeout(start,${FALLBACK_MS});`,
  "})()",
].join("");

export type TScriptDeferrer = {
  /** Takes the next bytes of the document; returns what can be sent now. */
  push: (bytes: Uint8Array) => Buffer;
  /** The end of the document: returns whatever was held back. */
  end: () => Buffer;
};

/** Whether `bytes[from..to)` (no `>` in it) may be the start of a tag we rewrite. */
function mayStartTag(bytes: Buffer, from: number, to: number): boolean {
  return [SCRIPT_START, PRELOAD_START].some((start) => {
    const length = Math.min(start.length, to - from);
    return bytes.compare(start, 0, length, from, from + length) === 0;
  });
}

/**
 * Where the bytes that can be sent now end: before a tag we may rewrite that is not complete yet (a
 * script tag is complete with its `</script>`), or before a trailing fragment that may begin one.
 */
function sendableLength(bytes: Buffer): number {
  let length = bytes.length;
  const script = bytes.lastIndexOf(SCRIPT_START);
  if (script !== -1 && bytes.indexOf(SCRIPT_END, script) === -1) length = script;
  const open = length > 0 ? bytes.lastIndexOf(LESS_THAN, length - 1) : -1;
  if (open === -1) return length;
  const close = bytes.indexOf(TAG_END, open);
  if (close !== -1 && close < length) return length;
  return mayStartTag(bytes, open, length) ? open : length;
}

/** A rewriter for one HTML document (see the module comment). */
export function createScriptDeferrer(): TScriptDeferrer {
  let pending = Buffer.alloc(0);
  let loaderSent = false;

  const replacement = (tag: string): string | null => {
    if (PRELOAD_TAG.test(tag)) return "";
    const src = SCRIPT_TAG.exec(tag)?.[1];
    if (!src) return null;
    const call = `<script>${LOADER_NAME}(${JSON.stringify(src)})</script>`;
    if (loaderSent) return call;
    loaderSent = true;
    return `<script>${LOADER}</script>${call}`;
  };

  const rewrite = (bytes: Buffer): Buffer => {
    const parts: Buffer[] = [];
    let sent = 0;
    // Each needle is searched again only once the scan has passed its last hit: a miss scans to the end.
    let script = bytes.indexOf(SCRIPT_START);
    let preload = bytes.indexOf(PRELOAD_START);
    while (script !== -1 || preload !== -1) {
      const isPreload = preload !== -1 && (script === -1 || preload < script);
      const start = isPreload ? preload : script;
      const close = isPreload ? bytes.indexOf(TAG_END, start) : bytes.indexOf(SCRIPT_END, start);
      const end = close === -1 ? bytes.length : close + (isPreload ? 1 : SCRIPT_END.length);
      const text = replacement(bytes.toString("utf8", start, end));
      if (text !== null) {
        parts.push(bytes.subarray(sent, start), Buffer.from(text, "utf8"));
        sent = end;
      }
      if (script !== -1 && script < end) script = bytes.indexOf(SCRIPT_START, end);
      if (preload !== -1 && preload < end) preload = bytes.indexOf(PRELOAD_START, end);
    }
    if (sent === 0) return bytes;
    parts.push(bytes.subarray(sent));
    return Buffer.concat(parts);
  };

  return {
    push(chunk) {
      const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      const all = pending.length > 0 ? Buffer.concat([pending, bytes]) : bytes;
      const cut = sendableLength(all);
      // A copy: the caller may reuse the chunk's memory once it is written.
      pending = Buffer.from(all.subarray(cut));
      return rewrite(all.subarray(0, cut));
    },
    end() {
      const rest = pending;
      pending = Buffer.alloc(0);
      return rewrite(rest);
    },
  };
}
