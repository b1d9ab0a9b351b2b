import Link from "next/link";
import { SiteFooter } from "@/components/ui/site-footer";
import { SiteHeader } from "@/components/ui/site-header";

/** The friendly 404 body, shared by the site-wide and the plan-level not-found pages. */
export function NotFoundPanel({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-2xl px-4 py-16 text-center">
        <p className="text-sm font-semibold uppercase tracking-wide text-blue-800 dark:text-blue-300">Error 404</p>
        <h1 className="mt-2 text-3xl font-bold">{title}</h1>
        <div className="mt-4 space-y-3 text-lg text-slate-700 dark:text-slate-300">{children}</div>
        <p className="mt-8">
          {/* No prefetch: a runner who lands on a dead link rarely goes on to plan, and the prefetch of / (its RSC and the form's chunks) would run on a phone's main thread in the page's first seconds. */}
          <Link
            href="/"
            prefetch={false}
            className="inline-flex min-h-11 items-center rounded-md bg-blue-700 px-5 font-semibold text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:bg-blue-300 dark:text-slate-950 dark:hover:bg-blue-200 dark:focus-visible:outline-blue-300"
          >
            Make a new plan
          </Link>
        </p>
      </main>
      <SiteFooter />
    </>
  );
}
