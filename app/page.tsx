import { CreatePlanForm } from "@/components/planner-form/create-plan-form";
import { PlannerSections } from "@/components/planner-form/planner-sections";
import { SiteHeader } from "@/components/ui/site-header";

const HIGHLIGHTS = [
  "Two sessions a week, only on days that keep your quality runs and long run fresh",
  "Fewer sets in the race block, nothing heavy in the taper",
  "Every session in your calendar, with the exercises and why they are there",
];

export default function HomePage() {
  return (
    <>
      <SiteHeader showNewPlan={false} />
      <main className="mx-auto max-w-6xl px-4 pb-16">
        <div className="py-8 sm:py-12">
          <h1 className="max-w-3xl text-3xl font-extrabold tracking-tight text-slate-900 sm:text-5xl dark:text-slate-50">
            Strength training that fits around your running
          </h1>
          <p className="mt-4 max-w-2xl text-lg text-slate-700 dark:text-slate-300">
            Tell Stridelift your races and your usual week. It plans a season of short strength sessions that build from
            bodyweight basics to loaded work, ease off before race day, and never land where they would blunt a hard run.
          </p>
          <ul className="mt-5 grid max-w-4xl gap-2 text-sm text-slate-700 sm:grid-cols-3 dark:text-slate-300">
            {HIGHLIGHTS.map((line) => (
              <li key={line} className="flex gap-2">
                <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-0.5 size-4 shrink-0 fill-emerald-700 dark:fill-emerald-400">
                  <path d="M8.2 13.6 4.6 10l-1.3 1.3 4.9 4.9L16.9 7.5l-1.3-1.3-7.4 7.4Z" />
                </svg>
                <span>{line}</span>
              </li>
            ))}
          </ul>
        </div>
        <CreatePlanForm fields={<PlannerSections />} />
      </main>
    </>
  );
}
