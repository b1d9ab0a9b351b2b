/**
 * The rest and hold countdowns, as data. Time left is always derived from timestamps (`now` comes
 * in from the caller's clock), never from counting interval ticks: a phone that sleeps, a tab that
 * is throttled in the background or a fake clock in a test all read the same truth.
 */

export type TTimer = {
  /** The countdown's full length, including any time added. */
  durationMs: number;
  /** When the current running stretch started (epoch ms), or null while paused. */
  runningSince: number | null;
  /** Time already run in earlier stretches (a hold that was paused and resumed). */
  elapsedBeforeMs: number;
};

/** What a screen reader hears about a timer: its start, ten seconds left, its end. Nothing in between. */
export type TTimerMilestone = "started" | "ten-left" | "ended";

const TEN_SECONDS = 10_000;

export function startTimer(durationMs: number, now: number): TTimer {
  return { durationMs, runningSince: now, elapsedBeforeMs: 0 };
}

export function elapsedMs(timer: TTimer, now: number): number {
  return timer.elapsedBeforeMs + (timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince));
}

export function remainingMs(timer: TTimer, now: number): number {
  return Math.max(0, timer.durationMs - elapsedMs(timer, now));
}

export function isRunning(timer: TTimer): boolean {
  return timer.runningSince !== null;
}

export function hasEnded(timer: TTimer, now: number): boolean {
  return remainingMs(timer, now) === 0;
}

export function pauseTimer(timer: TTimer, now: number): TTimer {
  if (timer.runningSince === null) return timer;
  return { ...timer, runningSince: null, elapsedBeforeMs: elapsedMs(timer, now) };
}

export function resumeTimer(timer: TTimer, now: number): TTimer {
  return timer.runningSince === null ? { ...timer, runningSince: now } : timer;
}

/** +15 s on a rest: the end moves later, however much has run. */
export function extendTimer(timer: TTimer, extraMs: number): TTimer {
  return { ...timer, durationMs: timer.durationMs + extraMs };
}

/**
 * The latest milestone the timer has reached. "ten-left" exists only for timers longer than ten
 * seconds (a 10 s hold would announce it at its own start).
 */
export function milestoneAt(timer: TTimer, now: number): TTimerMilestone {
  const left = remainingMs(timer, now);
  if (left === 0) return "ended";
  if (left <= TEN_SECONDS && timer.durationMs > TEN_SECONDS) return "ten-left";
  return "started";
}

/** Whole seconds left, rounded up: a countdown shows 1 until it reaches 0. */
export function secondsLeft(timer: TTimer, now: number): number {
  return Math.ceil(remainingMs(timer, now) / 1000);
}

/** 83 -> "1:23", 9 -> "0:09". */
export function formatClock(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
}

/** 90 -> "1 minute 30 seconds", 45 -> "45 seconds": for announcements, where "1:30" reads badly. */
export function spokenDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  const parts = [
    minutes > 0 ? `${minutes} ${minutes === 1 ? "minute" : "minutes"}` : null,
    rest > 0 || minutes === 0 ? `${rest} ${rest === 1 ? "second" : "seconds"}` : null,
  ];
  return parts.filter(Boolean).join(" ");
}
