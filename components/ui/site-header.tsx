import Link from "next/link";
import { focusRing } from "./styles";

/**
 * The brand bar above every page (banner landmark), with the way to start a new plan.
 * Its links never prefetch: on `/` they point at the page itself, and elsewhere the prefetch of
 * `/` (three RSC requests and their decoding) ran in the page's first seconds, on the phone's
 * main thread, for a click few runners make. `/` is static and small, so a click still opens fast.
 */
export function SiteHeader({ showNewPlan = true }: { showNewPlan?: boolean }) {
  return (
    <header className="border-b border-slate-200 bg-white/90 dark:border-slate-800 dark:bg-slate-950/90 print:hidden">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
        <Link href="/" prefetch={false} className={`flex items-center gap-2 rounded-md text-lg font-extrabold tracking-tight text-slate-900 dark:text-slate-50 ${focusRing}`}>
          <svg aria-hidden="true" viewBox="0 0 24 24" className="size-7 text-emerald-700 dark:text-emerald-400">
            <rect x="1" y="9" width="3" height="6" rx="1" fill="currentColor" />
            <rect x="4.5" y="6.5" width="3.5" height="11" rx="1.2" fill="currentColor" />
            <rect x="8" y="11" width="8" height="2" fill="currentColor" />
            <rect x="16" y="6.5" width="3.5" height="11" rx="1.2" fill="currentColor" />
            <rect x="20" y="9" width="3" height="6" rx="1" fill="currentColor" />
          </svg>
          Stridelift
        </Link>
        {showNewPlan ? (
          <nav aria-label="Site">
            <Link href="/" prefetch={false} className={`rounded text-sm font-medium underline underline-offset-4 ${focusRing}`}>
              Make a new plan
            </Link>
          </nav>
        ) : null}
      </div>
    </header>
  );
}
