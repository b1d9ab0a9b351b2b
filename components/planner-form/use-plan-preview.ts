"use client";

import { startTransition, useEffect, useMemo, useState } from "react";
import type { TPlan } from "@/lib/engine/types";
import type { TPlanInputRaw } from "@/lib/plan-input";
import { loadedPlanSchema, loadPlanSchema, type TPlanSchema } from "./load-plan-schema";
import { previewPlan, type TApiIssue, type TApiResult } from "./plan-api";

export const PREVIEW_DELAY_MS = 400;

export type TPreviewState =
  /** The form is not complete yet: no request is made. */
  | { status: "incomplete"; issues: TApiIssue[]; onlyMissingDates: boolean }
  | { status: "loading"; previous: TPlan | null }
  | { status: "ready"; plan: TPlan }
  | { status: "failed"; message: string; previous: TPlan | null };

type TFetched = { key: string; result: TApiResult<{ plan: TPlan }> };

const UNREACHABLE = "Can't reach Stridelift for a preview right now. Check your connection; you can still save.";

/**
 * Live preview: waits until the input has been still for PREVIEW_DELAY_MS, then asks the server
 * (the engine lives there). A newer input aborts the older request, so a slow answer never
 * overwrites a fresh one. The input is first checked against ZPlanInput, loaded after the first
 * paint (see loadPlanSchema); until it arrives the preview reads as loading.
 */
export function usePlanPreview(payload: TPlanInputRaw): TPreviewState {
  const key = JSON.stringify(payload);
  const [schema, setSchema] = useState<TPlanSchema | null>(loadedPlanSchema);
  const [schemaFailed, setSchemaFailed] = useState(false);
  // A form whose every race date is still blank cannot be previewed whatever else it holds, so
  // it needs no schema: the blank form of `/` shows its hint without loading zod at start-up.
  const datesMissing = payload.races.length > 0 && payload.races.every((race) => race.date === "");
  const check = useMemo(() => (schema && !datesMissing ? schema.safeParse(JSON.parse(key)) : null), [schema, key, datesMissing]);
  const [fetched, setFetched] = useState<TFetched | null>(null);
  const [lastPlan, setLastPlan] = useState<TPlan | null>(null);

  useEffect(() => {
    if (schema || datesMissing) return;
    let live = true;
    // Re-run on every edit while missing: a failed load is retried once the runner changes something.
    loadPlanSchema().then(
      (loaded) => {
        if (!live) return;
        // Transitions: the re-render they cause yields to input instead of blocking it.
        startTransition(() => {
          setSchema(() => loaded);
          setSchemaFailed(false);
        });
      },
      () => {
        if (live) setSchemaFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [schema, key, datesMissing]);

  useEffect(() => {
    if (!check?.success) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const result = await previewPlan(JSON.parse(key) as TPlanInputRaw, controller.signal);
      if (controller.signal.aborted) return;
      startTransition(() => {
        setFetched({ key, result });
        if (result.ok) setLastPlan(result.data.plan);
      });
    }, PREVIEW_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key, check?.success]);

  if (datesMissing) {
    return {
      status: "incomplete",
      issues: payload.races.map((_, index) => ({ path: `races.${index}.date`, message: "add the race date" })),
      onlyMissingDates: true,
    };
  }
  if (!check) {
    return schemaFailed ? { status: "failed", message: UNREACHABLE, previous: lastPlan } : { status: "loading", previous: lastPlan };
  }
  if (!check.success) {
    // An empty race date is not a mistake yet, just a blank still to fill in.
    const issues = check.error.issues.map((issue) => {
      const path = issue.path.join(".");
      const race = /^races\.(\d+)\.date$/.exec(path);
      const blank = race !== null && payload.races[Number(race[1])]?.date === "";
      return { path, message: blank ? "add the race date" : issue.message, blank };
    });
    return {
      status: "incomplete",
      issues: issues.map(({ path, message }) => ({ path, message })),
      onlyMissingDates: issues.every((issue) => issue.blank),
    };
  }
  if (!fetched || fetched.key !== key) return { status: "loading", previous: lastPlan };
  const { result } = fetched;
  if (result.ok) return { status: "ready", plan: result.data.plan };
  if (result.status === 422) {
    return {
      status: "incomplete",
      issues: result.issues.length ? result.issues : [{ path: "", message: result.message }],
      onlyMissingDates: false,
    };
  }
  return {
    status: "failed",
    message:
      result.status === 0
        ? UNREACHABLE
        : "The preview is unavailable right now. You can still save your plan.",
    previous: lastPlan,
  };
}
