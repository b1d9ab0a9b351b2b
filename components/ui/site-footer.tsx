/** The footer below every page. */
export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 dark:border-slate-800 print:hidden">
      <p className="mx-auto max-w-6xl px-4 py-6 text-sm text-slate-700 dark:text-slate-300">
        Stridelift plans strength work around your running. Listen to your body: skip a session when something hurts.
      </p>
    </footer>
  );
}
