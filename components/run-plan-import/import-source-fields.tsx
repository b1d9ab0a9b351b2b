"use client";

import { useId, type ChangeEvent } from "react";
import { focusRing, hintClass, inputClass, labelClass } from "@/components/ui/styles";
import { stopEnter } from "./stop-enter";

export type TImportMode = "file" | "paste" | "link";

const MODES: { value: TImportMode; label: string }[] = [
  { value: "file", label: "Upload a .ics file" },
  { value: "paste", label: "Paste the calendar" },
  { value: "link", label: "Paste a link" },
];

const SEGMENT =
  "flex h-full min-h-11 cursor-pointer select-none items-center justify-center rounded-lg border border-slate-300 bg-white px-3 py-2 text-center text-sm font-semibold text-slate-700 " +
  "peer-hover:bg-slate-100 peer-checked:border-emerald-700 peer-checked:bg-emerald-700 peer-checked:text-white " +
  "dark:border-slate-600 dark:bg-slate-950 dark:text-slate-200 dark:peer-hover:bg-slate-800 " +
  "dark:peer-checked:border-emerald-400 dark:peer-checked:bg-emerald-400 dark:peer-checked:text-slate-950 " +
  "peer-focus-visible:ring-2 peer-focus-visible:ring-emerald-600 peer-focus-visible:ring-offset-2 peer-focus-visible:ring-offset-white " +
  "dark:peer-focus-visible:ring-emerald-400 dark:peer-focus-visible:ring-offset-slate-900";

const WHERE_TO_FIND: [app: string, steps: string][] = [
  ["Runna", "Profile → Connected apps & devices → Calendar → copy the link."],
  ["TrainingPeaks", "Settings → Calendar sync (iCal) → copy the private iCal link."],
  ["Google Calendar", "Settings → your calendar → Integrate calendar → Secret address in iCal format."],
];

/** The three ways in (native radios, so arrow keys move between them) and the one input the chosen way needs. */
export function ImportSourceFields(props: {
  mode: TImportMode;
  onModeChange: (mode: TImportMode) => void;
  text: string;
  onTextChange: (text: string) => void;
  url: string;
  onUrlChange: (url: string) => void;
  fileName: string | null;
  onFile: (file: File | null, input: HTMLInputElement) => void;
  onSubmitLink: () => void;
}) {
  const id = useId();
  return (
    <div className="space-y-4">
      <fieldset>
        <legend className={labelClass}>How to bring your plan in</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-3">
          {MODES.map((mode) => (
            <label key={mode.value} className="relative block min-h-11">
              {/* The real radio covers the segment invisibly, so the whole segment is its click target. */}
              <input
                type="radio"
                name={`${id}-mode`}
                value={mode.value}
                checked={props.mode === mode.value}
                onChange={() => props.onModeChange(mode.value)}
                onKeyDown={stopEnter}
                className="peer absolute inset-0 z-10 m-0 h-full w-full cursor-pointer appearance-none opacity-0"
              />
              <span className={SEGMENT}>{mode.label}</span>
            </label>
          ))}
        </div>
      </fieldset>

      {props.mode === "file" ? (
        <div>
          <label htmlFor={`${id}-file`} className={labelClass}>
            Calendar file (.ics)
          </label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".ics,text/calendar"
            aria-describedby={`${id}-file-hint`}
            onChange={(event: ChangeEvent<HTMLInputElement>) => props.onFile(event.target.files?.[0] ?? null, event.target)}
            onKeyDown={stopEnter}
            className={
              "mt-1 block w-full min-h-11 rounded-lg text-sm text-slate-700 dark:text-slate-200 " +
              "file:mr-3 file:min-h-11 file:rounded-lg file:border file:border-slate-300 file:bg-white file:px-3 file:font-semibold file:text-slate-800 " +
              "dark:file:border-slate-600 dark:file:bg-slate-900 dark:file:text-slate-100 " +
              focusRing
            }
          />
          <p id={`${id}-file-hint`} className={`mt-1 ${hintClass}`}>
            {props.fileName ? `Ready: ${props.fileName}` : "Export it from your app's calendar settings; up to 2 MB."}
          </p>
        </div>
      ) : null}

      {props.mode === "paste" ? (
        <div>
          <label htmlFor={`${id}-text`} className={labelClass}>
            Calendar text (.ics)
          </label>
          <textarea
            id={`${id}-text`}
            rows={6}
            spellCheck={false}
            value={props.text}
            onChange={(event) => props.onTextChange(event.target.value)}
            placeholder="BEGIN:VCALENDAR…"
            className={`mt-1 font-mono text-sm ${inputClass}`}
          />
        </div>
      ) : null}

      {props.mode === "link" ? (
        <div>
          <label htmlFor={`${id}-url`} className={labelClass}>
            Calendar link
          </label>
          <input
            id={`${id}-url`}
            type="url"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            value={props.url}
            onChange={(event) => props.onUrlChange(event.target.value)}
            onKeyDown={(event) => {
              stopEnter(event);
              if (event.key === "Enter") props.onSubmitLink();
            }}
            placeholder="webcal://… or https://…"
            aria-describedby={`${id}-url-hint`}
            className={`mt-1 ${inputClass}`}
          />
          <p id={`${id}-url-hint`} className={`mt-1 ${hintClass}`}>
            A private link starting with https:// or webcal://.
          </p>
          <details className="mt-2 text-sm text-slate-700 dark:text-slate-200">
            <summary className={`flex min-h-11 cursor-pointer items-center rounded font-semibold text-emerald-800 dark:text-emerald-300 ${focusRing}`}>
              Where do I find the link?
            </summary>
            <ul className="mt-1 list-disc space-y-1 pl-5">
              {WHERE_TO_FIND.map(([app, steps]) => (
                <li key={app}>
                  <strong className="font-semibold">{app}:</strong> {steps}
                </li>
              ))}
            </ul>
          </details>
        </div>
      ) : null}
    </div>
  );
}
