/**
 * A plain HTTP server on a loopback address for calendar-fetch tests: each test sets the handler.
 * Tests never reach anything but 127.0.0.0/8 and ::1.
 */
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type TCalendarServer = {
  /** `http://127.0.0.1:<port>` (or the host it listens on). */
  origin: string;
  port: number;
  /** Requests seen, in order. */
  requests: { url: string; host: string | undefined }[];
  handle: (handler: (request: IncomingMessage, response: ServerResponse) => void) => void;
  close: () => Promise<void>;
};

export async function startCalendarServer(host = "127.0.0.1"): Promise<TCalendarServer> {
  let handler: (request: IncomingMessage, response: ServerResponse) => void = (_request, response) => {
    response.statusCode = 500;
    response.end("no handler");
  };
  const requests: TCalendarServer["requests"] = [];
  const server = http.createServer((request, response) => {
    requests.push({ url: request.url ?? "", host: request.headers.host });
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${port}`,
    port,
    requests,
    handle: (next) => {
      handler = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A calendar body with one all-day easy run per date (`YYYYMMDD`). */
export function easyRunsCalendar(...dates: string[]): string {
  const events = dates.map((date) =>
    ["BEGIN:VEVENT", `UID:${date}@server`, `DTSTART;VALUE=DATE:${date}`, "SUMMARY:Easy run 6 km", "END:VEVENT"].join("\r\n"),
  );
  return ["BEGIN:VCALENDAR", "VERSION:2.0", ...events, "END:VCALENDAR", ""].join("\r\n");
}
