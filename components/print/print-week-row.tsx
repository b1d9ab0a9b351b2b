import type { TPlan, TWeek } from "@/lib/engine/types";
import { formatDate, formatRange } from "@/lib/dates";
import { DISTANCE_LABELS, PHASE_LABELS } from "@/lib/plan-text/labels";
import { raceName } from "@/lib/plan-text/race-text";
import { PhaseSwatch } from "@/components/season-timeline/phase-style";
import { describeWeek } from "@/components/week-calendar/describe-week";
import { FlagIcon } from "@/components/week-calendar/icons";
import { CompactSession } from "./compact-session";

/** One week of the season on paper: its phase and volume, its races and sessions, and why it is lighter. */
export function PrintWeekRow({ plan, week }: { plan: TPlan; week: TWeek }) {
  const sessions = plan.sessions.filter((s) => s.date >= week.start && s.date <= week.end);
  const races = plan.input.races.filter((r) => r.date >= week.start && r.date <= week.end);
  const notes = sessions.length === 0 || races.length > 0 ? describeWeek(plan, week) : [];
  return (
    <tr className="break-inside-avoid border-t border-slate-300 align-top dark:border-slate-600" data-week={week.index}>
      <th scope="row" className="w-32 py-2 pr-3 text-left font-normal sm:w-40 print:w-28 print:py-1">
        <span className="block font-bold">Week {week.index}</span>
        <span className="block text-xs">{formatRange(week.start, week.end)}</span>
        {week.phase ? (
          <span className="mt-1 flex items-center gap-1 text-xs">
            <PhaseSwatch kind={week.phase} size={12} />
            {PHASE_LABELS[week.phase]}
          </span>
        ) : null}
        <span className="block text-xs">{week.totalSets} sets</span>
      </th>
      <td className="space-y-2 py-2 text-sm print:space-y-1 print:py-1 print:text-[9pt]">
        {races.map((race) => (
          <p key={`${race.date}-${race.name ?? ""}`} className="font-bold">
            <FlagIcon /> {formatDate(race.date, "weekday")}: {raceName(race)} ({DISTANCE_LABELS[race.distance]}, {race.priority} race)
          </p>
        ))}
        {sessions.map((session) => (
          <CompactSession key={session.id} session={session} sessionTime={plan.input.sessionTime} />
        ))}
        {notes.map((note) => (
          <p key={note} className="text-xs italic">
            {note}
          </p>
        ))}
      </td>
    </tr>
  );
}

