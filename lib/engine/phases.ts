/**
 * DOMAIN.md section 3: the season, worked backwards from each A race.
 *
 * Conventions (documented here because the spec leaves them open):
 * - An A race day belongs to no phase: the taper ends the day before (`[race - 14, race - 1]`)
 *   and recovery is exactly the 7 (or 14) days after it (`[race + 1, race + 7]` or
 *   `[race + 1, race + 14]`). Phases are sorted and never overlap; the only gaps are A race days.
 * - `other` distances get an 8-week block + taper (a middle-distance default, like the half).
 * - After the last A race's recovery, a B or C race still to come gets a general phase up to
 *   its date.
 * - When a later A race is too close for a full block, its block (and if need be its taper)
 *   is cut to start right after the previous recovery; a race inside another's recovery just
 *   extends that recovery. Both come with a `races-overlap` warning.
 */
import type { TDistance, TRace } from "../plan-input";
import type { TNoStrengthWindow, TPhaseKind, TWarning, TWhy } from "./types";
import { formatDate, toDay, toIso } from "../dates";
import { raceName } from "../plan-text/race-text";

/** A phase in epoch days (inclusive). */
export type TPhaseSpan = { kind: TPhaseKind; start: number; end: number };
/** Days with no strength at all, from B/C race rules (rule ids "3.b-race", "3.c-race"). */
export type TBlackout = { kind: "b-race" | "c-race"; start: number; end: number; why: TWhy };
/** Where a light-taper session may go (first taper week), with the race it serves. */
export type TLightWindow = { start: number; end: number; race: string };

export type TSeason = {
  phases: TPhaseSpan[];
  blackouts: TBlackout[];
  lightWindows: TLightWindow[];
  warnings: TWarning[];
};

export const TAPER_DAYS = 14;
/** Ideal minimum for general preparation (DOMAIN.md: 8 to 12 weeks). */
export const IDEAL_GENERAL_DAYS = 8 * 7;

/** Race-specific block + taper, in weeks. */
export function blockWeeks(distance: TDistance): number {
  switch (distance) {
    case "5k":
    case "10k":
      return 6;
    case "marathon":
    case "ultra":
      return 10;
    default:
      return 8;
  }
}

/** Days without strength after the race day. */
export function recoveryDays(distance: TDistance): number {
  return distance === "marathon" || distance === "ultra" ? 14 : 7;
}

/** "Berlin Marathon (26 Sep 2027)", or "Marathon on 26 Sep 2027" for an unnamed race. */
function raceLabel(race: TRace): string {
  return race.name?.trim() ? `${raceName(race)} (${formatDate(race.date, "long")})` : raceName(race);
}

function weeksText(days: number): string {
  const weeks = Math.floor(days / 7);
  const rest = days % 7;
  if (weeks === 0) return `${days} day${days === 1 ? "" : "s"}`;
  return rest === 0 ? `${weeks} week${weeks === 1 ? "" : "s"}` : `${weeks} week${weeks === 1 ? "" : "s"} and ${rest} day${rest === 1 ? "" : "s"}`;
}

/** Races sorted by date, then by priority (A first), stable otherwise. */
function sortRaces(races: readonly TRace[]): TRace[] {
  return races
    .map((race, index) => ({ race, index }))
    .sort((a, b) =>
      a.race.date < b.race.date ? -1 : a.race.date > b.race.date ? 1 : a.race.priority < b.race.priority ? -1 : a.race.priority > b.race.priority ? 1 : a.index - b.index,
    )
    .map((entry) => entry.race);
}

/** Phases, no-strength windows and warnings for the whole season. */
export function planSeason(options: { races: readonly TRace[]; startDate: string; taper: "full" | "light" }): TSeason {
  const start = toDay(options.startDate);
  const races = sortRaces(options.races);
  const phases: TPhaseSpan[] = [];
  const warnings: TWarning[] = [];
  const lightWindows: TLightWindow[] = [];
  let cursor = start;
  let previous: TRace | null = null;

  for (const race of races) {
    if (race.priority !== "A") continue;
    const raceDay = toDay(race.date);
    const recoveryEnd = raceDay + recoveryDays(race.distance);

    if (raceDay < cursor) {
      const last = phases[phases.length - 1];
      if (last && last.kind === "recovery" && last.end + 1 === cursor) {
        // Inside the previous race's recovery: recovery runs on until both are over, but this
        // race day, like every A race day, stays outside any phase, so the recovery splits
        // around it.
        const end = Math.max(last.end, recoveryEnd);
        if (raceDay < last.start) last.end = end;
        else if (raceDay === last.start) Object.assign(last, { start: raceDay + 1, end });
        else {
          last.end = raceDay - 1;
          phases.push({ kind: "recovery", start: raceDay + 1, end });
        }
        if (previous && raceDay >= start) {
          warnings.push({
            code: "races-overlap",
            message: `${raceLabel(race)} falls inside the recovery after ${raceLabel(previous)}: no taper or race block fits, so the plan simply extends the recovery. Consider making one of them a B race.`,
          });
        }
      } else if (recoveryEnd >= cursor) {
        // Only reachable when the start date defaulted to a today after this race: what is
        // left of its recovery still blocks strength.
        phases.push({ kind: "recovery", start: cursor, end: recoveryEnd });
      }
      cursor = Math.max(cursor, recoveryEnd + 1);
      previous = race;
      continue;
    }

    const taperStart = raceDay - TAPER_DAYS;
    const blockStart = raceDay - blockWeeks(race.distance) * 7;
    const fullBlockDays = taperStart - blockStart;

    if (cursor < blockStart) {
      phases.push({ kind: "general", start: cursor, end: blockStart - 1 });
      const generalDays = blockStart - cursor;
      if (!previous && generalDays < IDEAL_GENERAL_DAYS) {
        warnings.push({
          code: "short-general-phase",
          message: `Only ${weeksText(generalDays)} of general preparation before the race block for ${raceLabel(race)}; 8 to 12 weeks is ideal. The plan still builds what it can, but an earlier start would help.`,
        });
      }
    }

    if (cursor < taperStart) {
      const from = Math.max(cursor, blockStart);
      phases.push({ kind: "race-specific", start: from, end: taperStart - 1 });
      if (from > blockStart) {
        warnings.push(
          previous
            ? {
                code: "races-overlap",
                message: `${raceLabel(race)} comes soon after ${raceLabel(previous)}: after recovery only ${weeksText(taperStart - from)} of race block fit instead of ${weeksText(fullBlockDays)}. The plan goes straight from recovery into the block.`,
              }
            : {
                code: "start-in-race-block",
                message:
                  taperStart - from < 7
                    ? // Under a week: maybe no training day falls in it, so do not promise sessions.
                      `You start inside the race block for ${raceLabel(race)} with only ${weeksText(taperStart - from)} left before the taper, so there is no general phase and at most one strength session before the taper. Start the plan earlier to get a general phase and a full race block.`
                    : `You start inside the race block for ${raceLabel(race)} (${weeksText(taperStart - from)} left of ${weeksText(fullBlockDays)}), so there is no general phase and sessions use 2 sets from the start; new lifters still begin with bodyweight weeks.`,
              },
        );
      }
    }

    const taperFrom = Math.max(cursor, taperStart);
    if (taperFrom < raceDay) {
      phases.push({ kind: "taper", start: taperFrom, end: raceDay - 1 });
      if (taperFrom > taperStart) {
        warnings.push(
          previous
            ? {
                code: "races-overlap",
                message: `${raceLabel(race)} is too close to ${raceLabel(previous)} for a race block: after recovery the plan goes straight into a ${weeksText(raceDay - taperFrom)} taper.`,
              }
            : {
                code: "start-in-taper",
                message: `You start inside the two-week taper before ${raceLabel(race)}, so there is no strength building before it: taper only. Start the plan earlier to get a general phase and a race block.`,
              },
        );
      }
      if (options.taper === "light") {
        // One short session in the first taper week; the last 7 days stay free.
        const windowEnd = raceDay - 8;
        if (taperFrom <= windowEnd) lightWindows.push({ start: taperFrom, end: windowEnd, race: raceLabel(race) });
      }
    } else if (previous) {
      warnings.push({
        code: "races-overlap",
        message: `${raceLabel(race)} comes straight after the recovery from ${raceLabel(previous)}: there is no room for a taper or race block.`,
      });
    }

    // The race day itself is in no phase; recovery is the N days after it.
    phases.push({ kind: "recovery", start: raceDay + 1, end: recoveryEnd });
    cursor = recoveryEnd + 1;
    previous = race;
  }

  const lastRaceDay = toDay(races[races.length - 1].date);
  if (lastRaceDay >= cursor) phases.push({ kind: "general", start: cursor, end: lastRaceDay });

  const blackouts: TBlackout[] = [];
  for (const race of races) {
    const day = toDay(race.date);
    if (race.priority === "B") {
      blackouts.push({
        kind: "b-race",
        start: day - 4,
        end: day + 3,
        why: { rule: "3.b-race", text: `B race ${raceLabel(race)}: no strength in the 4 days before it and the 3 days after` },
      });
    } else if (race.priority === "C") {
      blackouts.push({
        kind: "c-race",
        start: day - 1,
        end: day,
        why: { rule: "3.c-race", text: `C race ${raceLabel(race)}: no strength the day before it or on race day` },
      });
    }
  }

  return { phases, blackouts, lightWindows, warnings };
}

/** Phases as the plan shows them (`YYYY-MM-DD`, inclusive). */
export function formatPhases(phases: readonly TPhaseSpan[]): { kind: TPhaseKind; start: string; end: string }[] {
  return phases.map((phase) => ({ kind: phase.kind, start: toIso(phase.start), end: toIso(phase.end) }));
}

/**
 * The light taper's day (section 3): one per light window, on a date the caller allows (legal by
 * the run week, no B/C window or break, never a week that already holds its two A/B sessions, so a
 * taper week that starts late never gets a third). The usual training weekdays come first.
 */
export function chooseLightTaperDays(options: {
  windows: readonly TLightWindow[];
  /** The season's first and last dates (epoch days). */
  from: number;
  to: number;
  isCandidate: (day: number) => boolean;
  isPreferred: (day: number) => boolean;
}): Map<number, string> {
  const chosen = new Map<number, string>();
  for (const window of options.windows) {
    const candidates: number[] = [];
    for (let day = Math.max(window.start, options.from); day <= Math.min(window.end, options.to); day++) {
      if (options.isCandidate(day)) candidates.push(day);
    }
    const preferred = candidates.find(options.isPreferred) ?? candidates[0];
    if (preferred !== undefined) chosen.set(preferred, window.race);
  }
  return chosen;
}

/** The A race a taper or recovery phase belongs to: the first A race after a taper, the last on or before a recovery. */
function raceOfPhase(phase: TPhaseSpan, races: readonly TRace[]): TRace | undefined {
  const aRaces = sortRaces(races).filter((race) => race.priority === "A");
  if (phase.kind === "taper") return aRaces.find((race) => toDay(race.date) > phase.end);
  return [...aRaces].reverse().find((race) => toDay(race.date) < phase.start);
}

/**
 * Section 3's no-strength windows as plan data (taper, recovery, B and C race windows), so views
 * read them instead of restating the 14/7/4/3/1-day rules.
 */
export function listSeasonWindows(options: { season: TSeason; races: readonly TRace[]; taper: "full" | "light" }): TNoStrengthWindow[] {
  const windows: TNoStrengthWindow[] = [];
  for (const phase of options.season.phases) {
    if (phase.kind !== "taper" && phase.kind !== "recovery") continue;
    const race = raceOfPhase(phase, options.races);
    const name = race ? raceLabel(race) : "your race";
    const why: TWhy =
      phase.kind === "recovery"
        ? { rule: "3.recovery", text: `Recovery after ${name}: no strength while your body recovers from the race` }
        : options.taper === "light"
          ? { rule: "3.taper-light", text: `Light taper before ${name}: one short activation session in the first taper week, nothing in the last 7 days` }
          : { rule: "3.taper", text: `Taper before ${name}: no strength, so you reach race day fresh; what you built lasts through it` };
    windows.push({ kind: phase.kind, start: toIso(phase.start), end: toIso(phase.end), why });
  }
  for (const blackout of options.season.blackouts) {
    windows.push({ kind: blackout.kind, start: toIso(blackout.start), end: toIso(blackout.end), why: blackout.why });
  }
  return windows;
}

/** The light taper's one session is short: activation and core, bodyweight only. */
export const LIGHT_TAPER_MINUTES = 20;

export function describeLightTaper(race: string): TWhy[] {
  return [
    {
      rule: "3.taper-light",
      text: `Light taper before ${race}: one short bodyweight activation and core session in the first taper week (volume cut, intensity kept)`,
    },
    { rule: "3.taper-light", text: "Nothing in the last 7 days before the race" },
  ];
}
