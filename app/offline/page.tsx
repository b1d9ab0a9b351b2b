import type { Metadata } from "next";
import Link from "next/link";
import { SiteFooter } from "@/components/ui/site-footer";
import { SiteHeader } from "@/components/ui/site-header";

export const metadata: Metadata = { title: "Offline", robots: { index: false, follow: false } };

/**
 * What the service worker shows for a page it has no copy of while there is no network
 * (prerendered and precached at build time).
 */
export default function OfflinePage() {
  return (
    <>
      <SiteHeader showNewPlan={false} />
      <main className="mx-auto max-w-2xl px-4 py-16 text-center">
        <p className="text-sm font-semibold uppercase tracking-wide text-blue-800 dark:text-blue-300">No connection</p>
        <h1 className="mt-2 text-3xl font-bold">You&apos;re offline</h1>
        <div className="mt-4 space-y-3 text-lg text-slate-700 dark:text-slate-300">
          <p>This page needs the network, and this phone has no copy of it yet.</p>
          <p>
            Plan pages and workouts you have opened before work without signal: go back and open them from there. Workouts you log
            offline are kept on this phone and sent when you are back online.
          </p>
        </div>
        <p className="mt-8">
          {/* No prefetch: this page is shown when there is no network, so a prefetch of / could only fail. */}
          <Link
            href="/"
            prefetch={false}
            className="inline-flex min-h-11 items-center rounded-md bg-blue-700 px-5 font-semibold text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:bg-blue-300 dark:text-slate-950 dark:hover:bg-blue-200 dark:focus-visible:outline-blue-300"
          >
            Home
          </Link>
        </p>
      </main>
      <SiteFooter />
    </>
  );
}
