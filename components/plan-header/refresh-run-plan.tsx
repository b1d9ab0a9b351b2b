"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useEditToken } from "./use-edit-token";
import { requestJson } from "@/components/planner-form/plan-api";
import { secondaryButtonClass } from "@/components/ui/styles";
import { formatDate, localDateOf } from "@/lib/dates";
import type { TRefreshRunPlanResponse, TRunPlanSourceJson } from "@/lib/plans/plan-response";

type TStatus = { kind: "idle" } | { kind: "busy" } | { kind: "done"; changed: number } | { kind: "failed"; message: string };

function sourceName(source: TRunPlanSourceJson): string {
  if (source.name) return source.name;
  try {
    return new URL(source.url.replace(/^webcal:/i, "https:")).hostname;
  } catch {
    return "your calendar";
  }
}

/**
 * A plan whose run days came from a calendar link (section 10): when it was last read, and, for
 * the owner, "Refresh from my run plan", which reads the link again and keeps hand-made changes.
 */
export function RefreshRunPlan({ planId, source, timeZone }: { planId: string; source: TRunPlanSourceJson; timeZone: string }) {
  const router = useRouter();
  const token = useEditToken(planId);
  const [status, setStatus] = useState<TStatus>({ kind: "idle" });
  const lastRead = source.fetchedAt ? formatDate(localDateOf(new Date(source.fetchedAt), timeZone), "long") : null;

  const refresh = async () => {
    if (!token) return;
    setStatus({ kind: "busy" });
    const result = await requestJson<TRefreshRunPlanResponse>(`/api/plans/${encodeURIComponent(planId)}/run-plan/refresh`, {
      method: "POST",
      headers: { Accept: "application/json", Authorization: `Bearer ${token}` },
    });
    if (result.ok) {
      setStatus({ kind: "done", changed: result.data.changedDates.length });
      router.refresh();
      return;
    }
    setStatus({ kind: "failed", message: result.status === 0 ? "Could not reach Stridelift. Check your connection and try again." : result.message });
  };

  return (
    <div className="mt-3 flex flex-wrap items-center gap-3 text-sm" data-testid="run-plan-source">
      <p>
        Run weeks from <span className="font-semibold">{sourceName(source)}</span>
        {lastRead ? `, last read ${lastRead}` : ""}.
      </p>
      {token ? (
        <button type="button" className={`${secondaryButtonClass} min-h-11 px-3 text-sm`} disabled={status.kind === "busy"} onClick={() => void refresh()}>
          {status.kind === "busy" ? "Reading your run plan…" : "Refresh from my run plan"}
        </button>
      ) : null}
      {status.kind === "done" ? (
        <p role="status">
          {status.changed === 0 ? "Up to date: no run day changed." : `Updated: ${status.changed} ${status.changed === 1 ? "date" : "dates"} changed; the plan follows.`}
        </p>
      ) : null}
      {status.kind === "failed" ? (
        <p role="alert" className="font-medium text-red-700 dark:text-red-300">
          Not refreshed: {status.message}
        </p>
      ) : null}
    </div>
  );
}
