/** Shared Tailwind class strings, so every control looks and focuses the same way. */

export const focusRing =
  "focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-emerald-600 focus-visible:ring-offset-2 focus-visible:ring-offset-white dark:focus-visible:ring-emerald-400 dark:focus-visible:ring-offset-slate-900";

export const inputClass =
  "block w-full min-h-11 rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm placeholder:text-slate-500 " +
  "aria-[invalid=true]:border-red-600 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-600 " +
  "dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100 dark:placeholder:text-slate-400 dark:[color-scheme:dark] " +
  "dark:aria-[invalid=true]:border-red-400 dark:aria-[invalid=true]:ring-red-400 " +
  focusRing;

export const labelClass = "block text-sm font-semibold text-slate-800 dark:text-slate-100";

export const hintClass = "text-sm text-slate-600 dark:text-slate-300";

export const primaryButtonClass =
  "inline-flex min-h-12 shrink-0 items-center justify-center gap-2 whitespace-nowrap rounded-xl bg-emerald-700 px-6 py-3 text-base font-semibold text-white shadow-sm " +
  "hover:bg-emerald-800 disabled:cursor-wait disabled:opacity-80 dark:bg-emerald-400 dark:text-slate-950 dark:hover:bg-emerald-300 " +
  focusRing;

export const secondaryButtonClass =
  "inline-flex min-h-10 items-center justify-center gap-1.5 rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm font-semibold text-slate-800 " +
  "hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800 " +
  focusRing;

export const cardClass =
  "rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6 dark:border-slate-800 dark:bg-slate-900";
