/**
 * fast-check generators of malformed requests for the API. Every generated request is invalid by
 * construction (JSON bodies are also checked against the shared schema and dropped if they happen
 * to be valid), so the only correct answer is a 4xx JSON error and no write.
 */
import fc from "fast-check";
import { parsePlanInput } from "../../lib/plan-input";
import { typicalPlanInput } from "../load/plan-fixtures";

export type TFuzzTarget = { id: string; editToken: string };

export type TFuzzRequest = {
  kind: string;
  method: string;
  /** Raw request target, already percent-encoded where needed. */
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  /** Omit Content-Length and stream the body in chunks (body limit must hold without it). */
  chunked?: boolean;
};

const MAX_BODY = 64 * 1024;


const invalidDates = fc.oneof(
  fc.constantFrom(
    "2027-02-30",
    "2026-02-29",
    "0000-01-01",
    "1999-12-31",
    "9999-12-31",
    "2201-01-01",
    "275760-09-13",
    "2026-13-01",
    "2026-00-10",
    "2026-04-31",
    "2026-1-5",
    "26-01-05",
    "05/10/2027",
    "10.05.2027",
    "2027-05-10T00:00:00Z",
    "2027-05-10 ",
    " 2027-05-10",
    "2027-W19",
    "2027-130",
    "tomorrow",
    "",
    "NaN",
    "2027-05-1０",
  ),
  fc.string({ maxLength: 20 }),
  fc.integer().map(String),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
);

const invalidTimeZones = fc.oneof(
  fc.constantFrom("Mars/Olympus_Mons", "UTC+25", "GMT+99", "Europe/Londn", "../../etc/passwd", "", " ", "Europe/London\u0000", "a".repeat(200)),
  fc.string({ minLength: 1, maxLength: 30 }).filter((s) => !/^[A-Za-z_+\-/0-9]+$/.test(s)),
);

const wrongTypes = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 30 }),
  fc.array(fc.integer(), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.integer(), { maxKeys: 3 }),
);

/** Raw JSON number tokens JSON.stringify cannot produce. */
const badNumberTokens = fc.constantFrom("NaN", "Infinity", "-Infinity", "1e309", "-1e309", "0x1F", "01", "+5", ".5", "5.", "1_000", "-45", "45.000001");

type TBody = Record<string, unknown>;

function withField(base: TBody, path: readonly (string | number)[], value: unknown): TBody {
  const copy = structuredClone(base) as TBody;
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (value === REMOVE) delete node[last];
  else node[last] = value;
  return copy;
}
const REMOVE = Symbol("remove");

const fieldPaths: (string | number)[][] = [
  ["races"],
  ["races", 0],
  ["races", 0, "date"],
  ["races", 0, "name"],
  ["races", 0, "distance"],
  ["races", 0, "priority"],
  ["races", 1, "date"],
  ["startDate"],
  ["schedule"],
  ["schedule", "mon"],
  ["schedule", "sun"],
  ["equipment"],
  ["equipment", 0],
  ["experience"],
  ["sessionMinutes"],
  ["taper"],
  ["units"],
  ["timeZone"],
  ["sessionTime"],
  ["reminderMinutes"],
];

/** Structured mutations of a valid input; filtered against the real schema below. */
const mutatedInput: fc.Arbitrary<{ label: string; value: unknown }> = fc
  .tuple(fc.integer({ min: 0, max: 50 }), fc.oneof(
    // wrong type anywhere
    fc.tuple(fc.constantFrom(...fieldPaths), wrongTypes).map(([path, v]) => ({ label: `wrong type at ${path.join(".")}`, apply: (b: TBody) => withField(b, path, v) })),
    // missing required fields
    fc.constantFrom(["races"], ["schedule"], ["experience"], ["units"], ["races", 0, "date"], ["races", 0, "distance"], ["races", 0, "priority"], ["schedule", "wed"]).map((path) => ({
      label: `missing ${path.join(".")}`,
      apply: (b: TBody) => withField(b, path, REMOVE),
    })),
    // extra fields
    fc.tuple(fc.constantFrom([] as string[], ["races", 0], ["schedule"]), fc.string({ minLength: 1, maxLength: 12 }), fc.jsonValue({ maxDepth: 2 })).map(([at, key, v]) => ({
      label: `extra field ${[...at, key].join(".")}`,
      apply: (b: TBody) => withField(b, [...at, key === "__proto__" ? "__proto__x" : key], v),
    })),
    fc.constantFrom("__proto__", "constructor", "prototype", "editToken", "id", "isAdmin").map((key) => ({
      label: `extra field ${key}`,
      apply: (b: TBody) => ({ ...b, [key]: { polluted: true } }),
    })),
    // bad dates
    fc.tuple(fc.constantFrom(["startDate"], ["races", 0, "date"], ["races", 1, "date"]), invalidDates).map(([path, d]) => ({
      label: `bad date ${path.join(".")}=${JSON.stringify(d)}`,
      apply: (b: TBody) => withField(b, path, d),
    })),
    fc.constantFrom("2199-12-31", "2100-01-01", "2030-01-01").map((d) => ({ label: `race too far ahead ${d}`, apply: (b: TBody) => withField(b, ["races", 1, "date"], d) })),
    fc.constant({ label: "race before start", apply: (b: TBody) => withField(withField(b, ["startDate"], "2026-06-01"), ["races", 1, "date"], "2026-05-01") }),
    fc.constant({ label: "race on start", apply: (b: TBody) => withField(b, ["races", 1, "date"], b.startDate) }),
    // time zones
    invalidTimeZones.map((tz) => ({ label: `bad timeZone ${JSON.stringify(tz)}`, apply: (b: TBody) => withField(b, ["timeZone"], tz) })),
    // unknown enums
    fc.tuple(
      fc.constantFrom(["races", 0, "distance"], ["races", 0, "priority"], ["schedule", "tue"], ["equipment", 0], ["experience"], ["taper"], ["units"]),
      fc.oneof(fc.constantFrom("marathonx", "D", "tempo", "treadmill", "pro", "none", "stone", "KG", "Rest", " easy", "A "), fc.string({ maxLength: 10 })),
    ).map(([path, v]) => ({ label: `unknown enum ${path.join(".")}=${JSON.stringify(v)}`, apply: (b: TBody) => withField(b, path, v) })),
    // numbers
    fc.tuple(fc.constantFrom(["sessionMinutes"], ["reminderMinutes"]), fc.oneof(fc.integer({ min: -1_000_000, max: -1 }), fc.constantFrom(0, 29, 31, 44, 46, 61, 90, 1441, 1.5, 45.5, 1e21, -0.0001, Number.MAX_SAFE_INTEGER + 2, "45", "30"))).map(([path, v]) => ({
      label: `bad number ${path.join(".")}=${String(v)}`,
      apply: (b: TBody) => withField(b, path, v),
    })),
    fc.oneof(fc.constantFrom("25:00", "7pm", "18:60", "1830", "18:30:00", "-1:00", "", "24:00"), fc.string({ maxLength: 8 })).map((t) => ({ label: `bad sessionTime ${JSON.stringify(t)}`, apply: (b: TBody) => withField(b, ["sessionTime"], t) })),
    // sizes
    fc.integer({ min: 81, max: 20_000 }).map((n) => ({ label: `race name ${n} chars`, apply: (b: TBody) => withField(b, ["races", 0, "name"], "x".repeat(n)) })),
    fc.integer({ min: 7, max: 400 }).map((n) => ({
      label: `${n} races`,
      apply: (b: TBody) => ({ ...b, races: Array.from({ length: n }, () => (b.races as TBody[])[1]) }),
    })),
    fc.integer({ min: 25, max: 3000 }).map((n) => ({ label: `${n} equipment entries`, apply: (b: TBody) => ({ ...b, equipment: Array.from({ length: n }, () => "mat") }) })),
    fc.constant({ label: "no races", apply: (b: TBody) => ({ ...b, races: [] }) }),
    fc.constant({ label: "no A race", apply: (b: TBody) => ({ ...b, races: (b.races as TBody[]).map((r) => ({ ...r, priority: "B" })) }) }),
    // whole body of the wrong shape
    fc.oneof(wrongTypes, fc.jsonValue({ maxDepth: 3 })).map((v) => ({ label: `body ${JSON.stringify(v)?.slice(0, 40)}`, apply: () => v as TBody })),
  ))
  .map(([index, mutation]) => ({ label: mutation.label, value: mutation.apply(typicalPlanInput(index)) }))
  .filter(({ value }) => !parsePlanInput(value, new Date()).success);

/** Raw bodies: broken JSON text, bad number tokens, invalid UTF-8, deep nesting, oversized. */
const rawBodies: fc.Arbitrary<{ label: string; body: Buffer; chunked?: boolean }> = fc.oneof(
  fc.tuple(badNumberTokens, fc.constantFrom("sessionMinutes", "reminderMinutes")).map(([token, key]) => {
    const text = JSON.stringify({ ...typicalPlanInput(), [key]: "__TOKEN__" }).replace('"__TOKEN__"', token);
    return { label: `number token ${key}=${token}`, body: Buffer.from(text) };
  }),
  fc.integer({ min: 1, max: 400 }).map((cut) => {
    const text = JSON.stringify(typicalPlanInput());
    return { label: `truncated JSON at ${cut}`, body: Buffer.from(text.slice(0, Math.min(cut, text.length - 1))) };
  }),
  fc.constantFrom("", " ", "\n", "null", "{", "}", "[", "{'races': []}", "{\"races\":}", "undefined", "\u0000", "{} {}", "// comment\n{}", "\uFEFF").map((text) => ({
    label: `text ${JSON.stringify(text)}`,
    body: Buffer.from(text),
  })),
  fc.tuple(fc.integer({ min: 0, max: 200 }), fc.constantFrom([0xff], [0xfe, 0xff], [0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xe2, 0x82])).map(([at, bytes]) => {
    // Invalid UTF-8 inside an otherwise valid input (in the race name), or raw at a position.
    const text = Buffer.from(JSON.stringify(typicalPlanInput()));
    const marker = text.indexOf("City");
    const position = at % 2 === 0 ? marker : Math.min(at, text.length);
    return { label: `invalid UTF-8 ${bytes.map((b) => b.toString(16)).join(" ")} at ${position}`, body: Buffer.concat([text.subarray(0, position), Buffer.from(bytes), text.subarray(position)]) };
  }),
  fc.tuple(fc.integer({ min: 100, max: 30_000 }), fc.constantFrom("[", "{\"a\":")).map(([depth, open]) => {
    const close = open === "[" ? "]" : "}";
    const nested = open.repeat(depth) + "1" + close.repeat(depth);
    return { label: `nesting depth ${depth} (${open})`, body: Buffer.from(`{"races":${nested}}`) };
  }),
  fc.tuple(fc.integer({ min: MAX_BODY + 1, max: 2 * 1024 * 1024 }), fc.boolean()).map(([size, chunked]) => {
    const text = JSON.stringify({ ...typicalPlanInput(), padding: "" });
    const body = Buffer.from(text.replace('"padding":""', `"padding":"${"p".repeat(Math.max(0, size - text.length))}"`));
    return { label: `oversized ${body.length} bytes${chunked ? " (chunked)" : ""}`, body, chunked };
  }),
);

/** What the server would see: UTF-8 (BOM stripped) then JSON.parse; true when the schema accepts it. */
function isAcceptedBody(body: Buffer): boolean {
  try {
    const value: unknown = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body));
    return parsePlanInput(value, new Date()).success;
  } catch {
    return false;
  }
}

const jsonBody = fc.oneof(
  { weight: 6, arbitrary: mutatedInput.map(({ label, value }) => ({ label, body: Buffer.from(JSON.stringify(value) ?? "") })) },
  { weight: 4, arbitrary: rawBodies },
).filter(({ body }) => body.length > MAX_BODY || !isAcceptedBody(body));

const validJson = fc.integer({ min: 0, max: 9 }).map((i) => Buffer.from(JSON.stringify(typicalPlanInput(i))));

/** Content types the API must refuse (415), even with a valid JSON body. */
const wrongContentTypes = fc.constantFrom(
  undefined,
  "",
  "text/plain",
  "text/json",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/xml",
  "application/jsonp",
  "application/json-patch+json",
  "application/ld+json",
  "application/json; charset=latin1",
  "application/json; charset=utf-16",
  "application/octet-stream",
  "*/*",
  "json",
);

const jsonContentTypes = fc.constantFrom("application/json", "application/json; charset=utf-8", "Application/JSON;charset=UTF-8");

/** Path ids that must never resolve to a plan. */
const badIds = fc.oneof(
  fc.constantFrom(
    "../../etc/passwd",
    "..\\..\\windows\\win.ini",
    "....//....//etc/passwd",
    "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "' OR '1'='1",
    "1; DROP TABLE Plan; --",
    "\" OR \"\"=\"",
    "1 UNION SELECT editTokenHash FROM Plan",
    "${7*7}",
    "{{7*7}}",
    "<script>alert(1)</script>",
    "null",
    "undefined",
    "0",
    "-1",
    "AAAAAAAAAAAAAAAAAAAAAA",
    "AAAAAAAAAAAAAAAAAAAAA",
    "AAAAAAAAAAAAAAAAAAAAAAA",
    "\u0000",
    "%00",
    "a\nb",
    "💥",
    "x".repeat(5000),
  ),
  fc.string({ minLength: 1, maxLength: 60 }),
  fc.stringMatching(/^[A-Za-z0-9_-]{22}$/),
);

/** Percent-encode a path segment, dots included, so it stays one segment under /api/plans/. */
function segment(id: string): string {
  return encodeURIComponent(id).replace(/\./g, "%2E");
}

const badTokens = (target: TFuzzTarget, other: TFuzzTarget) =>
  fc.oneof(
    fc.constant(undefined),
    fc.constantFrom("", "Bearer", "Bearer ", "Basic dXNlcjpwYXNz", `Bearer ${other.editToken}`, `Bearer ${target.editToken.slice(1)}`, `bearer  ${target.editToken}x`, `Token ${target.editToken}`, target.editToken),
    fc.string({ maxLength: 60 }).map((s) => `Bearer ${s.replace(/[\r\n\u0000-\u001f\u007f-\uffff]/g, "x")}`),
  );

export function requestArbitrary(target: TFuzzTarget, other: TFuzzTarget): fc.Arbitrary<TFuzzRequest> {
  const json = (method: string, path: string, kind: string, body: { label: string; body: Buffer; chunked?: boolean }, contentType: string | undefined, extra: Record<string, string> = {}): TFuzzRequest => ({
    kind: `${kind}: ${body.label}`,
    method,
    path,
    headers: { ...(contentType === undefined ? {} : { "content-type": contentType }), ...extra },
    body: body.body,
    chunked: body.chunked,
  });
  const bodyRoutes = fc.constantFrom("/api/plans", "/api/plans/preview");
  return fc.oneof(
    // Malformed JSON bodies to create and preview.
    { weight: 30, arbitrary: fc.tuple(bodyRoutes, jsonBody, jsonContentTypes).map(([path, body, ct]) => json("POST", path, `POST ${path}`, body, ct)) },
    // Wrong content type (valid and invalid bodies).
    { weight: 6, arbitrary: fc.tuple(bodyRoutes, fc.oneof(validJson, jsonBody.map((b) => b.body)), wrongContentTypes).map(([path, body, ct]) => json("POST", path, `POST ${path} content-type ${String(ct)}`, { label: "", body }, ct)) },
    // Unknown / malformed ids on every id route.
    {
      weight: 14,
      arbitrary: fc.tuple(badIds, fc.constantFrom("GET", "PUT", "DELETE", "GET.ics", "GET.ics?download=1"), fc.option(jsonBody, { nil: undefined })).map(([id, route, body]) => {
        const ics = route.startsWith("GET.ics");
        const path = `/api/plans/${segment(id)}${ics ? `/calendar.ics${route.endsWith("1") ? "?download=1" : ""}` : ""}`;
        const method = ics ? "GET" : route;
        const headers: Record<string, string> = method === "PUT" ? { "content-type": "application/json", authorization: `Bearer ${target.editToken}` } : {};
        return { kind: `${route} bad id ${JSON.stringify(id.slice(0, 40))}`, method, path, headers, body: method === "PUT" ? (body?.body ?? Buffer.from(JSON.stringify(typicalPlanInput()))) : undefined };
      }),
    },
    // The real plan with a missing or wrong token: PUT (valid or malformed body) and DELETE.
    {
      weight: 10,
      arbitrary: fc.tuple(fc.constantFrom("PUT", "DELETE"), badTokens(target, other), fc.oneof(validJson, jsonBody.map((b) => b.body))).map(([method, auth, body]) => ({
        kind: `${method} real plan, auth ${JSON.stringify(auth)?.slice(0, 30)}`,
        method,
        path: `/api/plans/${target.id}`,
        headers: { "content-type": "application/json", ...(auth === undefined ? {} : { authorization: auth }) },
        body: method === "PUT" ? body : undefined,
      })),
    },
    // The real plan with its real token but a malformed body: validation must still refuse.
    {
      weight: 12,
      arbitrary: fc.tuple(jsonBody, fc.oneof({ weight: 4, arbitrary: jsonContentTypes }, { weight: 1, arbitrary: wrongContentTypes })).map(([body, ct]) =>
        json("PUT", `/api/plans/${target.id}`, "PUT real plan with token", body, ct, { authorization: `Bearer ${target.editToken}` }),
      ),
    },
    // Methods a route does not support.
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        ["GET", "/api/plans"],
        ["PUT", "/api/plans"],
        ["DELETE", "/api/plans"],
        ["PATCH", "/api/plans"],
        ["GET", "/api/plans/preview"],
        ["PATCH", `/api/plans/${target.id}`],
        ["POST", `/api/plans/${target.id}`],
        ["POST", `/api/plans/${target.id}/calendar.ics`],
        ["DELETE", `/api/plans/${target.id}/calendar.ics`],
        ["GET", "/api/nope"],
        ["POST", "/api/plans/preview/extra"],
      ).map(([method, path]) => ({ kind: `${method} ${path.replace(target.id, "{id}")}`, method, path, headers: {} })),
    },
  );
}
