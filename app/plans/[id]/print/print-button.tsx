"use client";

/** Opens the browser's print dialog; hidden on paper. */
export function PrintButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="inline-flex min-h-11 items-center rounded-md border border-blue-700 bg-blue-700 px-4 text-sm font-semibold text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-blue-300 dark:bg-blue-300 dark:text-slate-950 dark:hover:bg-blue-200 print:hidden"
    >
      Print
    </button>
  );
}
