import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { todayIn } from "@/lib/dates";
import { findTargetRace } from "@/lib/plan-text/race-text";
import { EditPlanForm } from "@/components/planner-form/edit-plan-form";
import { PlannerSections } from "@/components/planner-form/planner-sections";
import { SiteHeader } from "@/components/ui/site-header";
import { loadPlan } from "../load-plan";

export const metadata: Metadata = {
  title: "Edit your plan",
  // Edit pages are private working pages: keep them out of search results.
  robots: { index: false, follow: false },
};

export default async function EditPlanPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const loaded = await loadPlan(id);
  if (!loaded) notFound();
  const { stored } = loaded;
  const aRace = findTargetRace(stored.input.races, todayIn(new Date(), stored.input.timeZone));
  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-6xl px-4 pb-16">
        <div className="py-8">
          <Link
            href={`/plans/${encodeURIComponent(id)}`}
            className="text-sm font-semibold text-emerald-800 underline-offset-4 hover:underline dark:text-emerald-300"
          >
            ← Back to your plan
          </Link>
          <h1 className="mt-3 text-3xl font-extrabold tracking-tight text-slate-900 sm:text-4xl dark:text-slate-50">
            Edit your season
          </h1>
          <p className="mt-2 max-w-2xl text-slate-700 dark:text-slate-300">
            {aRace?.name ? `Change anything about your build-up to ${aRace.name}.` : "Change races, your running week or equipment."}{" "}
            Saving rebuilds the plan; sessions that stay on the same day keep their place in your calendar.
          </p>
        </div>
        <EditPlanForm id={id} input={stored.input} fields={<PlannerSections />} />
      </main>
    </>
  );
}
