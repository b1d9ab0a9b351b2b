import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { todayIn } from "@/lib/dates";
import { findTargetRace, raceName } from "@/lib/plan-text/race-text";
import { PlanHeader } from "@/components/plan-header/plan-header";
import { RefreshRunPlan } from "@/components/plan-header/refresh-run-plan";
import { toRunPlanSourceJson } from "@/lib/plans/plan-response";
import { NewPlanBanner } from "@/components/plan-header/new-plan-banner";
import { SavedNotice } from "@/components/plan-header/saved-notice";
import { SiteFooter } from "@/components/ui/site-footer";
import { SiteHeader } from "@/components/ui/site-header";
import { planLinks } from "@/components/plan-header/plan-links";
import { loadPlan } from "./load-plan";
import { SeasonTimeline } from "@/components/season-timeline/season-timeline";
import { VolumeChart } from "@/components/volume-chart/volume-chart";
import { LiftHistory } from "@/components/season-history/lift-history";
import { WeekCalendar, WEEK_DAYS_LIST_ID } from "@/components/week-calendar/week-calendar";
import { WeekSessions } from "@/components/session-card/week-sessions";
import { TodaySession } from "@/components/today-session/today-session";
import { WeekDragDrop } from "@/components/session-actions/week-drag-drop";
import { listMoveOptions } from "@/components/session-actions/session-action-data";
import { readWeekParam, selectWeek } from "@/components/week-calendar/select-week";

type TPageProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: TPageProps): Promise<Metadata> {
  const { id } = await params;
  const loaded = await loadPlan(id);
  if (!loaded) return { title: "Plan not found" };
  const { input } = loaded.stored;
  const target = findTargetRace(input.races, todayIn(new Date(), input.timeZone));
  return {
    title: target ? `Strength plan for ${raceName(target)}` : "Your strength plan",
    // Plans are private by obscurity (unguessable ids): keep them out of search engines.
    robots: { index: false, follow: false },
  };
}

/**
 * The plan page, server-rendered: today's session first, the season (timeline, volume, what was
 * done, the main lifts), then ONE week and its sessions. Other weeks come from this same route
 * (`?week=`) on demand; the only client code is the week links' soft navigation, the owner's
 * controls (moves, skips, logs) and the banners.
 */
export default async function PlanPage({ params, searchParams }: TPageProps) {
  const { id } = await params;
  const query = await searchParams;
  const loaded = await loadPlan(id);
  if (!loaded) notFound();

  const { stored, plan } = loaded;
  const today = todayIn(new Date(), stored.input.timeZone);
  const runPlanSource = toRunPlanSourceJson(stored.input, stored.runPlanSnapshot);
  const requestHeaders = await headers();
  const links = planLinks({ id: stored.id, host: requestHeaders.get("host"), forwardedProto: requestHeaders.get("x-forwarded-proto") });
  const sessionParam = typeof query.session === "string" ? query.session : null;
  const selection = selectWeek(plan, { requested: readWeekParam(query.week), today, sessionId: sessionParam });
  const basePath = `/plans/${encodeURIComponent(stored.id)}`;
  const weekSessions = selection ? plan.sessions.filter((s) => s.date >= selection.week.start && s.date <= selection.week.end) : [];
  const moves = Object.fromEntries(weekSessions.filter((s) => s.status === "planned" && s.slot !== "light").map((s) => [s.id, listMoveOptions(plan, s)]));

  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-6xl space-y-12 px-4 py-6 sm:py-8">
        <PlanHeader planId={stored.id} plan={plan} today={today} links={links}>
          <NewPlanBanner planId={stored.id} />
          <SavedNotice planId={stored.id} />
          {runPlanSource ? <RefreshRunPlan planId={stored.id} source={runPlanSource} timeZone={stored.input.timeZone} /> : null}
          <TodaySession planId={stored.id} plan={plan} today={today} basePath={basePath} />
        </PlanHeader>

        <section aria-labelledby="overview-heading" className="space-y-6">
          <h2 id="overview-heading" className="text-xl font-bold sm:text-2xl">
            Season overview
          </h2>
          <SeasonTimeline plan={plan} today={today} />
          <div>
            <h3 className="mb-3 text-lg font-semibold">Weekly strength volume and sessions done</h3>
            <VolumeChart plan={plan} currentWeekStart={selection ? selection.weeks[selection.currentPosition].start : null} today={today} />
          </div>
          <div>
            <h3 className="mb-3 text-lg font-semibold">Your main lifts</h3>
            <LiftHistory logs={stored.logs} unit={plan.input.units} />
          </div>
        </section>

        {selection ? (
          <>
            <WeekCalendar
              plan={plan}
              weeks={selection.weeks}
              position={selection.position}
              currentPosition={selection.currentPosition}
              today={today}
              basePath={basePath}
              selectedSessionId={sessionParam}
            >
              <WeekDragDrop planId={stored.id} listId={WEEK_DAYS_LIST_ID} moves={moves} />
            </WeekCalendar>
            <WeekSessions planId={stored.id} plan={plan} week={selection.week} today={today} logs={stored.logs} selectedSessionId={sessionParam} />
          </>
        ) : (
          <p>This plan has no weeks to show.</p>
        )}
      </main>
      <SiteFooter />
    </>
  );
}
