import Link from "next/link";

/** The thin bar above every plan page (banner landmark) and the footer below it. */
export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 dark:border-slate-800 print:hidden">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="text-lg font-extrabold tracking-tight focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:focus-visible:outline-blue-400">
          Stridelift
        </Link>
        <nav aria-label="Site">
          <Link href="/" className="text-sm font-medium underline underline-offset-4 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:focus-visible:outline-blue-400">
            Make a new plan
          </Link>
        </nav>
      </div>
    </header>
  );
}

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 dark:border-slate-800 print:hidden">
      <p className="mx-auto max-w-6xl px-4 py-6 text-sm text-slate-700 dark:text-slate-300">
        Stridelift plans strength work around your running. Listen to your body: skip a session when something hurts.
      </p>
    </footer>
  );
}
