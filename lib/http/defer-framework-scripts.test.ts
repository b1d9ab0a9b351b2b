import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createScriptDeferrer } from "./defer-framework-scripts";

const HEAD =
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>' +
  '<link rel="stylesheet" href="/_next/static/chunks/app.css" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/main.js"/>' +
  '<script src="/_next/static/chunks/a.js" async=""></script>' +
  '<script src="/_next/static/chunks/turbopack-b.js" async=""></script>' +
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>' +
  "</head>";
const BODY =
  '<body><main><h1>Season · 5 km</h1><p>a &lt; b, café</p></main><script src="/_next/static/chunks/main.js" async=""></script>' +
  '<script>self.__next_f.push([1,"x\\u003cy"])</script></body></html>';
const DOCUMENT = HEAD + BODY;

function rewriteAll(pieces: (string | Buffer)[]): string {
  const deferrer = createScriptDeferrer();
  const out = pieces.map((piece) => deferrer.push(typeof piece === "string" ? Buffer.from(piece) : piece));
  return Buffer.concat([...out, deferrer.end()]).toString("utf8");
}

const push = (deferrer: ReturnType<typeof createScriptDeferrer>, text: string) => deferrer.push(Buffer.from(text)).toString("utf8");

/** Runs the loader the rewrite defines, with a fake document, and reports the scripts it appends. */
function runLoader(html: string, options: { visible: boolean }) {
  const appended: string[] = [];
  const timers: (() => void)[] = [];
  const frames: (() => void)[] = [];
  const self: Record<string, unknown> = {
    requestAnimationFrame: (callback: () => void) => frames.push(callback),
  };
  const document = {
    visibilityState: options.visible ? "visible" : "hidden",
    head: { appendChild: (element: { src: string; async: boolean }) => appended.push(`${element.src}${element.async ? "" : " (sync)"}`) },
    createElement: () => ({ src: "", async: false }),
  };
  const setTimeout = (callback: () => void) => timers.push(callback);
  const scripts = [...html.matchAll(/<script>(.*?)<\/script>/g)].map((match) => match[1]).filter((code) => !code.startsWith("self.__next_f"));
  const run = (code: string) =>
    new Function("self", "document", "setTimeout", "requestAnimationFrame", "__strideliftLoadScript", code)(
      self,
      document,
      setTimeout,
      self.requestAnimationFrame,
      (src: string) => (self.__strideliftLoadScript as (s: string) => void)(src),
    );
  for (const code of scripts) run(code);
  return { appended, timers, frames };
}

describe("createScriptDeferrer", () => {
  it("removes every async framework script tag and the script preload, and keeps everything else", () => {
    const out = rewriteAll([DOCUMENT]);
    expect(out).not.toMatch(/<script src="[^"]+" async="">/);
    expect(out).not.toContain('rel="preload" as="script"');
    expect(out).toContain('<link rel="stylesheet" href="/_next/static/chunks/app.css" data-precedence="next"/>');
    expect(out).toContain('<script src="/_next/static/chunks/polyfills.js" noModule=""></script>');
    expect(out).toContain("<main><h1>Season · 5 km</h1><p>a &lt; b, café</p></main>");
    expect(out).toContain('<script>self.__next_f.push([1,"x\\u003cy"])</script>');
  });

  it("defines the loader once, where the first script stood, and calls it for each script in document order", () => {
    const out = rewriteAll([DOCUMENT]);
    expect(out.match(/function add\(s\)/g)).toHaveLength(1);
    expect(out.indexOf("function add(s)")).toBeLessThan(out.indexOf("</head>"));
    const calls = [...out.matchAll(/__strideliftLoadScript\("([^"]+)"\)/g)].map((match) => match[1]);
    expect(calls).toEqual(["/_next/static/chunks/a.js", "/_next/static/chunks/turbopack-b.js", "/_next/static/chunks/main.js"]);
  });

  it("loads no script before the first frame, then every script, async, after it", () => {
    const { appended, frames, timers } = runLoader(rewriteAll([DOCUMENT]), { visible: true });
    expect(appended).toEqual([]);
    expect(frames).toHaveLength(1);
    frames[0]();
    // The task after the frame, then the fallback timer, which must not load anything twice.
    for (const timer of timers) timer();
    expect(appended).toEqual(["/_next/static/chunks/a.js", "/_next/static/chunks/turbopack-b.js", "/_next/static/chunks/main.js"]);
  });

  it("loads the scripts from the fallback timer when no frame comes", () => {
    const { appended, frames, timers } = runLoader(rewriteAll([DOCUMENT]), { visible: true });
    expect(frames).toHaveLength(1);
    for (const timer of timers) timer();
    expect(appended).toHaveLength(3);
  });

  it("loads the scripts without waiting for a frame on a hidden page (a background tab paints nothing)", () => {
    const { appended, frames, timers } = runLoader(rewriteAll([DOCUMENT]), { visible: false });
    expect(frames).toHaveLength(0);
    timers[0]();
    expect(appended).toHaveLength(3);
  });

  it("leaves a document without framework scripts byte for byte", () => {
    const html = '<!DOCTYPE html><html><head><script src="https://example.org/x.js" async=""></script></head><body>Hi <b>there</b> <</body></html>';
    expect(rewriteAll([html])).toBe(html);
  });

  it("gives the same document however the response is split into chunks, inside tags and UTF-8 characters too", () => {
    const whole = rewriteAll([DOCUMENT]);
    const bytes = Buffer.from(DOCUMENT);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 12 }), (cuts) => {
        const sorted = [...cuts].sort((a, b) => a - b);
        const pieces = [0, ...sorted].map((start, index) => bytes.subarray(start, sorted[index] ?? bytes.length));
        expect(rewriteAll(pieces)).toBe(whole);
      }),
      { numRuns: 300 },
    );
  });

  it("sends text that cannot start a rewritten tag at once instead of holding it for the next chunk", () => {
    const deferrer = createScriptDeferrer();
    expect(push(deferrer, "<body><p>1 <b")).toBe("<body><p>1 <b");
    expect(push(deferrer, "<p>x</p><scr")).toBe("<p>x</p>");
    expect(push(deferrer, 'ipt src="/_next/static/chunks/c.js" async=""></script><p>')).toContain('__strideliftLoadScript("/_next/static/chunks/c.js")');
  });
});
