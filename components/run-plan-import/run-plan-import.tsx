"use client";

import { useEffect, useId, useRef, useState } from "react";
import type { TDayType } from "@/lib/plan-input-values";
import type { TRunPlanImport, TRunPlanRace } from "@/lib/run-plan/types";
import { cardClass, hintClass, primaryButtonClass } from "@/components/ui/styles";
import { importRunPlan, type TRunPlanSource } from "./import-run-plan-api";
import { ImportSourceFields, type TImportMode } from "./import-source-fields";
import { RunPlanReview } from "./run-plan-review";

export type TAppliedRunPlan = {
  runDays: Record<string, TDayType>;
  races: TRunPlanRace[];
  /** Kept so the plan can follow the feed later; null for a file or pasted text, which cannot be re-read. */
  source: { url: string } | null;
};

/** The server's cap too (DOMAIN.md section 10); checked here so a big file is never uploaded just to be refused. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

const OFFLINE = "Could not reach Stridelift. Check your connection and try again.";

type TReview = { data: TRunPlanImport; source: { url: string } | null };

/** "Import your run plan": reads another app's calendar, lets the runner review it, then hands the dated kinds up. */
export function RunPlanImport(props: { timeZone: string; onApply: (applied: TAppliedRunPlan) => void }) {
  const id = useId();
  const [mode, setMode] = useState<TImportMode>("file");
  const [text, setText] = useState("");
  const [url, setUrl] = useState("");
  const [file, setFile] = useState<{ name: string; ics: string } | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [review, setReview] = useState<TReview | null>(null);
  const [applied, setApplied] = useState<string | null>(null);
  const readButton = useRef<HTMLButtonElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);

  // Apply and Cancel unmount the button that had focus; without this, keyboard users land on <body>.
  useEffect(() => {
    if (applied) statusRef.current?.focus();
  }, [applied]);

  async function onFile(chosen: File | null, input: HTMLInputElement) {
    setError(null);
    setFile(null);
    if (!chosen) return;
    if (chosen.size > MAX_FILE_BYTES) {
      // Cleared so the refused file is not still shown as chosen.
      input.value = "";
      setError("That file is larger than 2 MB. Export a shorter date range, or paste a link instead.");
      return;
    }
    try {
      setFile({ name: chosen.name, ics: await chosen.text() });
    } catch {
      setError("Could not read that file. Try exporting it again.");
    }
  }

  function currentSource(): TRunPlanSource | string {
    if (mode === "file") return file ? { ics: file.ics } : "Choose a .ics file first.";
    if (mode === "paste") return text.trim() ? { ics: text } : "Paste your calendar first.";
    return url.trim() ? { url: url.trim() } : "Paste your calendar link first.";
  }

  async function read() {
    if (loading) return;
    const source = currentSource();
    setApplied(null);
    if (typeof source === "string") {
      setError(source);
      return;
    }
    setError(null);
    setReview(null);
    setLoading(true);
    const result = await importRunPlan({ source, timeZone: props.timeZone });
    setLoading(false);
    if (!result.ok) {
      setError(result.status === 0 ? OFFLINE : result.message);
      return;
    }
    setReview({ data: result.data, source: "url" in source ? { url: source.url } : null });
  }

  function apply(runDays: Record<string, TDayType>, races: TRunPlanRace[]) {
    if (!review) return;
    props.onApply({ runDays, races, source: review.source });
    const n = Object.keys(runDays).length;
    setApplied(`Applied: ${n} ${n === 1 ? "day" : "days"} from your run plan. The preview now shows your real weeks.`);
    setReview(null);
  }

  function cancel() {
    setReview(null);
    readButton.current?.focus();
  }

  return (
    <section aria-labelledby={`${id}-title`} className={cardClass}>
      <h3 id={`${id}-title`} className="text-lg font-semibold text-slate-900 dark:text-slate-50">
        Import your run plan
      </h3>
      <p className={`mt-1 ${hintClass}`}>
        Read your real run weeks from Runna, TrainingPeaks or any calendar: strength then goes around them.
      </p>

      <div className="mt-4">
        <ImportSourceFields
          mode={mode}
          onModeChange={(next) => {
            setMode(next);
            setError(null);
          }}
          text={text}
          onTextChange={setText}
          url={url}
          onUrlChange={setUrl}
          fileName={file?.name ?? null}
          onFile={onFile}
          onSubmitLink={read}
        />
      </div>

      <div className="mt-4">
        <button ref={readButton} type="button" className={primaryButtonClass} disabled={loading} onClick={read}>
          {loading ? "Reading…" : "Read my run plan"}
        </button>
      </div>

      {error ? (
        <p role="alert" className="mt-3 rounded-xl border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
          {error}
        </p>
      ) : null}

      {/* Always mounted: a live region only announces text that changes inside it. */}
      <p
        ref={statusRef}
        role="status"
        tabIndex={-1}
        className={applied ? "mt-3 text-sm font-semibold text-emerald-800 outline-none dark:text-emerald-300" : "sr-only"}
      >
        {applied}
      </p>

      {review ? <RunPlanReview data={review.data} onApply={apply} onCancel={cancel} /> : null}
    </section>
  );
}
