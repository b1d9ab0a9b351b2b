import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { todayInTimeZone } from "@/lib/plan-input";
import { PlanHeader, raceTitle } from "@/components/plan-header/plan-header";
import { NewPlanBanner } from "@/components/plan-header/new-plan-banner";
import { SavedNotice } from "@/components/plan-header/saved-notice";
import { SiteFooter, SiteHeader } from "@/components/plan-header/site-chrome";
import { planLinks } from "@/components/plan-header/plan-links";
import { loadPlan } from "@/components/plan-header/load-plan";
import { SeasonTimeline } from "@/components/season-timeline/season-timeline";
import { VolumeChart } from "@/components/volume-chart/volume-chart";
import { WeekCalendar } from "@/components/week-calendar/week-calendar";
import { WeekSessions } from "@/components/session-card/week-sessions";
import { selectWeek } from "@/components/week-calendar/select-week";
import { readWeekParam } from "@/components/week-calendar/plan-dates";

type TPageProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: TPageProps): Promise<Metadata> {
  const { id } = await params;
  const stored = await loadPlan(id);
  if (!stored) return { title: "Plan not found" };
  const target = stored.plan.input.races.find((r) => r.priority === "A");
  return {
    title: target ? `Strength plan for ${raceTitle(target)}` : "Your strength plan",
    // Plans are private by obscurity (unguessable ids): keep them out of search engines.
    robots: { index: false, follow: false },
  };
}

export default async function PlanPage({ params, searchParams }: TPageProps) {
  const { id } = await params;
  const query = await searchParams;
  const stored = await loadPlan(id);
  if (!stored) notFound();

  const { plan } = stored;
  const today = todayInTimeZone(new Date(), stored.input.timeZone);
  const requestHeaders = await headers();
  const links = planLinks({ id: stored.id, host: requestHeaders.get("host"), forwardedProto: requestHeaders.get("x-forwarded-proto") });
  const sessionParam = typeof query.session === "string" ? query.session : null;
  const selection = selectWeek(plan, { requested: readWeekParam(query.week), today, sessionId: sessionParam });
  const basePath = `/plans/${encodeURIComponent(stored.id)}`;

  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-6xl space-y-12 px-4 py-6 sm:py-8">
        <PlanHeader planId={stored.id} plan={plan} today={today} links={links}>
          <NewPlanBanner planId={stored.id} />
          <SavedNotice planId={stored.id} />
        </PlanHeader>

        <section aria-labelledby="overview-heading" className="space-y-6">
          <h2 id="overview-heading" className="text-xl font-bold sm:text-2xl">
            Season overview
          </h2>
          <SeasonTimeline plan={plan} today={today} />
          <div>
            <h3 className="mb-3 text-lg font-semibold">Weekly strength volume</h3>
            <VolumeChart plan={plan} currentWeekStart={selection ? plan.weeks[selection.currentPosition].start : null} />
          </div>
        </section>

        {selection ? (
          <>
            <WeekCalendar
              plan={plan}
              position={selection.position}
              currentPosition={selection.currentPosition}
              today={today}
              basePath={basePath}
              selectedSessionId={sessionParam}
            />
            <WeekSessions plan={plan} week={selection.week} today={today} selectedSessionId={sessionParam} />
          </>
        ) : (
          <p>This plan has no weeks to show.</p>
        )}
      </main>
      <SiteFooter />
    </>
  );
}
