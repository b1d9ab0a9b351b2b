import { focusRing } from "@/components/ui/styles";

/** A compact box for a number or a choice (the shared input is full width). */
export const compactInputClass =
  "block min-h-11 rounded-lg border border-slate-400 bg-white px-2 py-2 text-base text-slate-900 " +
  "aria-[invalid=true]:border-red-600 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-600 " +
  "dark:border-slate-500 dark:bg-slate-950 dark:text-slate-100 dark:[color-scheme:dark] dark:aria-[invalid=true]:border-red-400 dark:aria-[invalid=true]:ring-red-400 " +
  focusRing;

/** A 44 px action button (the shared secondary button is 40 px high). */
export const actionButtonClass =
  "inline-flex min-h-11 items-center justify-center gap-1.5 rounded-lg border border-slate-400 bg-white px-3 py-2 text-sm font-semibold text-slate-900 " +
  "hover:bg-slate-100 disabled:cursor-wait disabled:opacity-60 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800 " +
  focusRing;

/** The one strong action of a group ("Mark done", "Save log"). */
export const strongActionButtonClass =
  "inline-flex min-h-11 items-center justify-center gap-1.5 rounded-lg bg-emerald-700 px-4 py-2 text-sm font-semibold text-white " +
  "hover:bg-emerald-800 disabled:cursor-wait disabled:opacity-70 dark:bg-emerald-400 dark:text-slate-950 dark:hover:bg-emerald-300 " +
  focusRing;
