"use client";

import Link from "next/link";
import { useEffect } from "react";

/**
 * Pages read the database on the server; when it is unavailable (locked, missing, disk full) the
 * runner sees this instead of a bare 500, with a retry that re-renders the page.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    // The digest links this view to the server log line without exposing details to the browser.
    console.error("page error", error.digest ?? "");
  }, [error]);

  return (
    <main className="mx-auto max-w-2xl px-4 py-16 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-blue-800 dark:text-blue-300">Something went wrong</p>
      <h1 className="mt-2 text-3xl font-bold">We couldn&apos;t load this page just now</h1>
      <p className="mt-4 text-lg text-slate-700 dark:text-slate-300">
        Your plan is safe. This is usually brief: try again in a few seconds.
      </p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <button
          type="button"
          onClick={reset}
          className="inline-flex min-h-11 items-center rounded-md bg-blue-700 px-5 font-semibold text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:bg-blue-300 dark:text-slate-950 dark:hover:bg-blue-200"
        >
          Try again
        </button>
        {/* No prefetch: after an error the page should not start more work than the runner asks for. */}
        <Link
          href="/"
          prefetch={false}
          className="inline-flex min-h-11 items-center rounded-md border border-slate-400 px-5 font-semibold hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-slate-500 dark:hover:bg-slate-800"
        >
          Home
        </Link>
      </div>
    </main>
  );
}
