import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDate } from "@/lib/dates";
import { focusRing } from "@/components/ui/styles";
import { WorkoutRunner } from "@/components/workout/workout-runner";
import { buildWorkout } from "@/components/workout/workout-model";
import { loadPlan } from "../../../load-plan";

type TPageProps = { params: Promise<{ id: string; sessionId: string }> };

async function loadSession(id: string, sessionId: string) {
  const loaded = await loadPlan(id);
  const session = loaded?.plan.sessions.find((candidate) => candidate.id === sessionId);
  return loaded && session ? { loaded, session } : null;
}

export async function generateMetadata({ params }: TPageProps): Promise<Metadata> {
  const { id, sessionId } = await params;
  const found = await loadSession(id, sessionId);
  return {
    title: found ? `Workout: ${found.session.title}` : "Session not found",
    // Plans are private by obscurity (unguessable ids): keep them out of search engines.
    robots: { index: false, follow: false },
  };
}

/**
 * Workout mode: one session on a phone in the gym (DOMAIN.md section 12). The shell and the first
 * exercise are rendered here; the runner is the page's one client island.
 */
export default async function WorkoutPage({ params }: TPageProps) {
  const { id, sessionId } = await params;
  const found = await loadSession(id, sessionId);
  if (!found) notFound();
  const { loaded, session } = found;
  const planHref = `/plans/${encodeURIComponent(loaded.stored.id)}?session=${encodeURIComponent(session.id)}`;
  const workout = buildWorkout({ planId: loaded.stored.id, session, units: loaded.stored.input.units });

  return (
    <>
      <header className="border-b border-slate-200 dark:border-slate-800">
        <div className="mx-auto flex max-w-xl items-center justify-between gap-3 px-4 py-2">
          <Link href={planHref} className={`inline-flex min-h-11 items-center rounded-md text-base font-semibold underline underline-offset-4 ${focusRing}`}>
            <span aria-hidden="true">←&nbsp;</span>Your plan
          </Link>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            <time dateTime={session.date}>{formatDate(session.date, "weekday")}</time> · {session.minutes} min
          </p>
        </div>
      </header>
      <main className="mx-auto max-w-xl px-4 pt-4">
        <h1 className="text-lg font-bold">
          {session.title}
          <span className="sr-only"> (workout mode)</span>
        </h1>
        {session.afterRun ? <p className="text-sm text-slate-700 dark:text-slate-300">Do this after your run, not before it.</p> : null}
        <div className="mt-4">
          <WorkoutRunner workout={workout} planHref={planHref} />
        </div>
      </main>
    </>
  );
}
