/**
 * DOMAIN.md section 9: breaks, moves and skips. Plans are data: the runner's moves and skips are
 * kept apart from the input and applied here, when the plan is evaluated, so a plan is a pure
 * function of (input, adjustments, logs).
 */
import { daysBetween, formatDate, formatRange, mondayOf, toDay, toIso, weekdayOf } from "../dates";
import { WEEKDAYS } from "../plan-input-values";
import type { TAdjustments, TBreak, TNoStrengthWindow, TPhase, TPlanInput, TSession, TWarning, TWhy } from "./types";
import { createKindOf, isHeavy, kindOnDate } from "./dated-kinds";
import { describeLegalDate, describeTiming } from "./placement";
import { SLOT_LABELS } from "../plan-text/labels";

/** A break of this many days or more costs progress (section 9). */
export const BREAK_STEP_BACK_DAYS = 7;
/** A `new` runner back from this many days repeats one bodyweight week. */
export const BREAK_REPEAT_INTRO_DAYS = 21;
const MAX_STEP_BACK_WEEKS = 3;

const REASON_TEXT: Record<TBreak["reason"], string> = { illness: "illness", injury: "injury", travel: "travel", other: "time off" };

/** The runner's breaks as no-strength windows. */
export function listBreakWindows(breaks: readonly TBreak[]): TNoStrengthWindow[] {
  return breaks.map((item) => ({
    kind: "break",
    start: item.start,
    end: item.end,
    why: { rule: "9.break", text: `Break (${REASON_TEXT[item.reason]}, ${formatRange(item.start, item.end)}): no strength sessions` },
  }));
}

export type TBreakStepBack = { weeks: number; repeatIntro: boolean; why: TWhy };

/**
 * What the breaks that ended between the last session and this one cost: one week of progress per
 * full week away (at most three), for breaks of 7+ days that touch a building phase; a `new` runner
 * back from 21+ days also repeats a bodyweight week. Null when no such break lies in between.
 */
export function stepBackAfterBreaks(options: {
  breaks: readonly TBreak[];
  /** Epoch day of the previous session (-Infinity before the first). */
  after: number;
  /** Epoch day of this week's first session. */
  before: number;
  experience: "new" | "experienced";
  inBuildingPhase: (day: number) => boolean;
}): TBreakStepBack | null {
  const qualifying = options.breaks.filter((item) => {
    const start = toDay(item.start);
    const end = toDay(item.end);
    if (end <= options.after || end >= options.before || end - start + 1 < BREAK_STEP_BACK_DAYS) return false;
    for (let day = start; day <= end; day++) if (options.inBuildingPhase(day)) return true;
    return false;
  });
  if (qualifying.length === 0) return null;
  const days = qualifying.reduce((sum, item) => sum + daysBetween(item.start, item.end) + 1, 0);
  const weeks = Math.min(
    MAX_STEP_BACK_WEEKS,
    qualifying.reduce((sum, item) => sum + Math.floor((daysBetween(item.start, item.end) + 1) / 7), 0),
  );
  const repeatIntro = options.experience === "new" && qualifying.some((item) => daysBetween(item.start, item.end) + 1 >= BREAK_REPEAT_INTRO_DAYS);
  const names = qualifying.map((item) => `${REASON_TEXT[item.reason]}, ${formatRange(item.start, item.end)}`).join("; ");
  const away = `Back from ${days} days away (${names})`;
  const text = repeatIntro
    ? `${away}: one bodyweight week to find the movements again, then the dose picks up ${weeks} ${weeks === 1 ? "week" : "weeks"} of progress lower`
    : `${away}: the dose steps back ${weeks} ${weeks === 1 ? "week" : "weeks"} of progress, so returning costs no soreness that would hurt your running`;
  return { weeks, repeatIntro, why: { rule: repeatIntro ? "9.break-bodyweight" : "9.break-step-back", text } };
}

/** What a move is checked against: the plan as the engine computed it. */
export type TMoveContext = {
  input: Pick<TPlanInput, "schedule" | "runDays">;
  phases: readonly TPhase[];
  windows: readonly TNoStrengthWindow[];
};

export type TMoveCheck = { ok: true } | { ok: false; why: TWhy };

const KIND_WORDS = { hard: "your hard session", long: "your long run" } as const;

const WINDOW_WORDS: Record<TNoStrengthWindow["kind"], string> = {
  taper: "is in your taper",
  recovery: "is in your race recovery",
  "b-race": "is in the no-strength days around your B race",
  "c-race": "is in the no-strength days around your C race",
  break: "is during your break",
};

function illegal(date: string, words: string): TMoveCheck {
  return { ok: false, why: { rule: "9.move", text: `${formatDate(date, "weekdayDayMonth")} ${words}` } };
}

/**
 * Whether a session may move to `date` (section 9): the same Monday-to-Sunday week, a legal date
 * by the run week (rules 2.2 and 2.3), in a building phase, outside every no-strength window.
 * Occupancy is the caller's: it knows where the other sessions are now.
 */
export function checkMoveTarget(context: TMoveContext, session: Pick<TSession, "id" | "slot" | "movedFrom" | "date">, date: string): TMoveCheck {
  const engineDate = session.movedFrom ?? session.date;
  if (session.slot === "light") return illegal(engineDate, "holds your light taper session, which stays where the taper puts it");
  if (mondayOf(date) !== mondayOf(engineDate)) {
    return { ok: false, why: { rule: "9.move", text: `Sessions move within their own week (${formatRange(mondayOf(engineDate), toIso(toDay(mondayOf(engineDate)) + 6))})` } };
  }
  const kind = kindOnDate(context.input, date);
  if (isHeavy(kind)) return illegal(date, `is ${KIND_WORDS[kind as "hard" | "long"]}`);
  const next = kindOnDate(context.input, toIso(toDay(date) + 1));
  if (isHeavy(next)) return illegal(date, `is the day before ${KIND_WORDS[next as "hard" | "long"]}`);
  const window = context.windows.find((candidate) => candidate.start <= date && date <= candidate.end);
  if (window) return illegal(date, WINDOW_WORDS[window.kind]);
  const phase = context.phases.find((candidate) => candidate.start <= date && date <= candidate.end);
  if (!phase || (phase.kind !== "general" && phase.kind !== "race-specific")) return illegal(date, "is outside your strength season");
  return { ok: true };
}

/** Back-to-back sessions are allowed after a move, but said. */
export function describeBackToBack(moved: Pick<TSession, "slot" | "date">, sessions: readonly Pick<TSession, "id" | "slot" | "date">[]): TWarning | null {
  const neighbour = sessions.find((other) => Math.abs(daysBetween(other.date, moved.date)) === 1);
  if (!neighbour) return null;
  return {
    code: "back-to-back",
    message: `${SLOT_LABELS[moved.slot]} on ${formatDate(moved.date, "weekdayDayMonth")} is next to ${SLOT_LABELS[neighbour.slot]} on ${formatDate(neighbour.date, "weekdayDayMonth")}: back-to-back sessions are allowed, but a day between them recovers better`,
  };
}

/** The session on its new date: same id and dose; the reasons about its day follow the date. */
function moveSession(session: TSession, date: string, kindOf: ReturnType<typeof createKindOf>): TSession {
  const day = toDay(date);
  const placementRules = new Set(["2.3", "2.4", "2.5", "3.b-race", "3.c-race", "9.break"]);
  return {
    ...session,
    date,
    movedFrom: session.date,
    weekday: WEEKDAYS[weekdayOf(date)],
    afterRun: kindOf(day) === "easy" || kindOf(day) === "cross",
    why: [
      describeLegalDate(kindOf, day),
      { rule: "9.move", text: `You moved this session here from ${formatDate(session.date, "weekdayDayMonth")}` },
      describeTiming(kindOf, day),
      ...session.why.filter((why) => !placementRules.has(why.rule)),
    ],
  };
}

/** The engine's sessions and what the runner asked: which of their moves and skips still apply. */
export type TAdjustmentOptions = {
  sessions: readonly TSession[];
  adjustments: TAdjustments;
  context: TMoveContext;
};

/**
 * The moves and skips that still apply to these sessions. A move or skip whose session no longer
 * exists, or a move whose target is no longer legal (the input changed), is dropped with a warning;
 * two sessions never share a date (engine-placed sessions keep their dates first, then moves in id
 * order).
 */
export function pruneAdjustments(options: TAdjustmentOptions): { kept: TAdjustments; warnings: TWarning[] } {
  const { adjustments, context } = options;
  const byId = new Map(options.sessions.map((session) => [session.id, session]));
  const warnings: TWarning[] = [];
  const dropped = (id: string, what: string, text: string) =>
    warnings.push({ code: "adjustment-dropped", message: `Your ${what} of the session ${id} no longer applies: ${text}` });

  const moves: Record<string, string> = {};
  for (const [id, date] of Object.entries(adjustments.moves).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const session = byId.get(id);
    if (!session) {
      dropped(id, "move", "the plan no longer has this session");
      continue;
    }
    if (date === session.date) continue;
    const check = checkMoveTarget(context, session, date);
    if (!check.ok) dropped(id, "move", check.why.text);
    else moves[id] = date;
  }
  const taken = new Set(options.sessions.filter((session) => moves[session.id] === undefined).map((session) => session.date));
  for (const [id, date] of Object.entries(moves)) {
    if (taken.has(date)) {
      delete moves[id];
      dropped(id, "move", `${formatDate(date, "weekdayDayMonth")} already holds another session`);
    } else taken.add(date);
  }
  const skips: string[] = [];
  for (const id of [...new Set(adjustments.skips)].sort()) {
    if (byId.has(id)) skips.push(id);
    else dropped(id, "skip", "the plan no longer has this session");
  }
  return { kept: { moves, skips }, warnings };
}

/** Applies the runner's moves and skips that still apply (see pruneAdjustments) to the engine's sessions. */
export function applyAdjustments(options: TAdjustmentOptions): { sessions: TSession[]; warnings: TWarning[] } {
  const { kept, warnings } = pruneAdjustments(options);
  const kindOf = createKindOf(options.context.input);
  const skips = new Set(kept.skips);
  const sessions = options.sessions
    .map((session) => {
      const target = kept.moves[session.id];
      const moved = target ? moveSession(session, target, kindOf) : session;
      return skips.has(session.id) ? { ...moved, status: "skipped" as const } : moved;
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
  return { sessions, warnings };
}
