"use client";

import { useEffect, useState } from "react";
import { focusRing } from "@/components/ui/styles";
import { discardLog, subscribeOutbox, type TPendingLog } from "@/lib/offline/log-outbox";
import { flushNow, startOutboxSync } from "@/lib/offline/outbox-sync";

export type TOutboxStatusProps = {
  /** Only this plan's logs (default: every plan on this device). */
  planId?: string;
  /** Session titles by id, to name a refused log ("Strength A, Mon 4 Jan"). */
  sessionTitles?: Readonly<Record<string, string>>;
  className?: string;
};

/**
 * "1 log waiting to be sent" while logs made offline are still on the device, and any log the
 * server refused with its reason. Mounting it also sends what waits (now, when the network
 * returns, and on a backoff timer). Renders an empty live region when nothing waits.
 */
export function OutboxStatus({ planId, sessionTitles, className }: TOutboxStatusProps) {
  const [pending, setPending] = useState<TPendingLog[]>([]);
  const [sending, setSending] = useState(false);

  useEffect(() => {
    const stopSync = startOutboxSync();
    const unsubscribe = subscribeOutbox((all) => setPending(planId ? all.filter((entry) => entry.planId === planId) : all));
    return () => {
      unsubscribe();
      stopSync();
    };
  }, [planId]);

  const waiting = pending.filter((entry) => entry.state === "pending");
  const refused = pending.filter((entry) => entry.state === "failed");

  const sendNow = () => {
    setSending(true);
    void flushNow().finally(() => setSending(false));
  };

  return (
    <div role="status" className={className} data-testid="outbox-status">
      {waiting.length > 0 ? (
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-xl border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-500 dark:bg-amber-950 dark:text-amber-50">
          <span>
            <strong>
              {waiting.length} {waiting.length === 1 ? "workout log" : "workout logs"} waiting to be sent.
            </strong>{" "}
            Kept on this phone; sent as soon as you are back online.
          </span>
          <button type="button" onClick={sendNow} disabled={sending} className={`min-h-11 rounded-lg px-2 font-semibold underline underline-offset-4 disabled:opacity-60 ${focusRing}`}>
            {sending ? "Sending…" : "Send now"}
          </button>
        </p>
      ) : null}
      {refused.map((entry) => (
        <div
          key={entry.key}
          className="mt-2 rounded-xl border border-red-400 bg-red-50 px-3 py-2 text-sm text-red-950 dark:border-red-500 dark:bg-red-950 dark:text-red-50"
        >
          <p>
            <strong>The log for {sessionTitles?.[entry.sessionId] ?? `session ${entry.sessionId}`} was not saved:</strong> {entry.error?.message}
          </p>
          {entry.error?.issues?.length ? (
            <ul className="mt-1 list-disc pl-5">
              {entry.error.issues.map((issue) => (
                <li key={`${issue.path}-${issue.message}`}>{issue.message}</li>
              ))}
            </ul>
          ) : null}
          <button
            type="button"
            onClick={() => void discardLog(entry.planId, entry.sessionId)}
            className={`mt-1 min-h-11 rounded-lg px-2 font-semibold underline underline-offset-4 ${focusRing}`}
          >
            Remove it from this phone
          </button>
        </div>
      ))}
    </div>
  );
}
