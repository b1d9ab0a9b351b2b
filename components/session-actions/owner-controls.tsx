"use client";

import { lazy, Suspense, useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useEditToken } from "@/components/plan-header/use-edit-token";
import { queueLog } from "@/lib/offline/log-outbox";
import { adjustSession, deleteSessionLog, describeActionFailure, type TActionResult, type TAdjustment } from "./session-api";
import { MoveMenu } from "./move-menu";
import { actionButtonClass, strongActionButtonClass } from "./styles";
import type { TSessionActionData } from "./types";

// The detailed form (and the zod schema it loads) stays out of the first load.
const LogForm = lazy(() => import("./log-form"));

export type TActionMessage = { tone: "ok" | "error"; text: string; details?: string[] };

/** What the runner can do with one session, shown only in a browser that holds the plan's edit token. */
export function OwnerControls({ data }: { data: TSessionActionData }) {
  const token = useEditToken(data.planId);
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const [open, setOpen] = useState<"move" | "log" | null>(null);
  const [message, setMessage] = useState<TActionMessage | null>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);
  const moveButton = useRef<HTMLButtonElement>(null);

  // A button that did its job can vanish (Skip becomes Unskip): keep the keyboard user in place.
  useEffect(() => {
    if (message && (document.activeElement === document.body || document.activeElement === null)) messageRef.current?.focus();
  }, [message, data.status]);

  if (!token) return null;
  const call = { planId: data.planId, sessionId: data.sessionId, token };

  function finish(text: string, details?: string[]) {
    setOpen(null);
    setMessage({ tone: "ok", text, details });
    startRefresh(() => router.refresh());
  }

  async function run<T>(request: Promise<TActionResult<T>>, onSuccess: (value: T) => void) {
    setBusy(true);
    setMessage(null);
    const result = await request;
    setBusy(false);
    if (result.ok) onSuccess(result.data);
    else setMessage({ tone: "error", text: describeActionFailure(result.failure) });
  }

  function adjust(change: TAdjustment, text: string) {
    return run(adjustSession({ ...call, change }), (body) => finish(text, body.warnings.map((w) => w.message)));
  }

  async function markDone() {
    setBusy(true);
    setMessage(null);
    const result = await queueLog({ ...call, body: data.doneBody });
    setBusy(false);
    if (result.status === "sent") finish("Logged as done, as prescribed.");
    else if (result.status === "queued") setMessage({ tone: "ok", text: "Saved on this device: it will be sent when you are back online." });
    else setMessage({ tone: "error", text: describeActionFailure(result.error) });
  }

  const disabled = busy || refreshing;
  const menuId = `move-menu-${data.sessionId}`;

  return (
    <div className="space-y-3 print:hidden" data-testid="owner-controls">
      <div className="flex flex-wrap gap-2" role="group" aria-label={`Your changes to ${data.name}`}>
        {data.status === "planned" && data.loggable ? (
          <button type="button" className={strongActionButtonClass} disabled={disabled} onClick={markDone}>
            Mark done
          </button>
        ) : null}
        {data.loggable && data.status !== "skipped" ? (
          <button type="button" className={actionButtonClass} disabled={disabled} aria-expanded={open === "log"} onClick={() => setOpen(open === "log" ? null : "log")}>
            {data.hasLog ? "Edit log" : "Log in detail"}
          </button>
        ) : null}
        {data.status === "done" ? (
          <button type="button" className={actionButtonClass} disabled={disabled} onClick={() => run(deleteSessionLog(call), () => finish("Log removed: the session is planned again."))}>
            Remove log
          </button>
        ) : null}
        {data.status === "planned" ? (
          <button
            ref={moveButton}
            type="button"
            className={actionButtonClass}
            disabled={disabled}
            aria-expanded={open === "move"}
            aria-controls={open === "move" ? menuId : undefined}
            onClick={() => setOpen(open === "move" ? null : "move")}
          >
            Move
          </button>
        ) : null}
        {data.status === "planned" ? (
          <button type="button" className={actionButtonClass} disabled={disabled} onClick={() => adjust({ status: "skipped" }, "Skipped. Its exercises repeat their dose next time.")}>
            Skip
          </button>
        ) : null}
        {data.status === "skipped" ? (
          <button type="button" className={actionButtonClass} disabled={disabled} onClick={() => adjust({ status: "planned" }, "Back in the plan.")}>
            Unskip
          </button>
        ) : null}
      </div>
      {!data.loggable ? <p className="text-sm text-slate-700 dark:text-slate-300">You can log this session from the day before it.</p> : null}

      {open === "move" ? (
        <MoveMenu
          id={menuId}
          data={data}
          disabled={disabled}
          onChoose={(date, label) => adjust({ date }, date === null ? `Put back on ${label}.` : `Moved to ${label}.`)}
          onClose={() => {
            setOpen(null);
            moveButton.current?.focus();
          }}
        />
      ) : null}
      {open === "log" ? (
        <Suspense fallback={<p className="text-sm">Opening the log…</p>}>
          <LogForm data={data} token={token} onSaved={(text) => finish(text)} onQueued={(text) => { setOpen(null); setMessage({ tone: "ok", text }); }} onCancel={() => setOpen(null)} />
        </Suspense>
      ) : null}

      <div role="status" className={message ? "" : "sr-only"}>
        {message ? (
          <div
            className={`rounded-md border px-3 py-2 text-sm ${
              message.tone === "error"
                ? "border-red-700 bg-red-50 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100"
                : "border-emerald-700 bg-emerald-50 text-emerald-950 dark:border-emerald-400 dark:bg-emerald-950 dark:text-emerald-50"
            }`}
          >
            <p ref={messageRef} tabIndex={-1} className="font-medium outline-none">
              {message.text}
            </p>
            {message.details && message.details.length > 0 ? (
              <ul className="mt-1 list-disc pl-5">
                {message.details.map((detail) => (
                  <li key={detail}>{detail}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
