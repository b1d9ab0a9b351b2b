import { focusRing } from "@/components/ui/styles";
import { formatClock, isRunning, secondsLeft } from "./timer";
import type { TActiveTimer } from "./workout-state";

const buttonClass = `min-h-12 min-w-12 rounded-xl border border-slate-400 bg-white px-4 text-base font-semibold text-slate-900 hover:bg-slate-100 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-50 dark:hover:bg-slate-800 ${focusRing}`;

export type TTimerPanelProps = {
  active: TActiveTimer;
  now: number;
  exerciseName: string;
  onExtend: () => void;
  onSkip: () => void;
  onPause: () => void;
  onResume: () => void;
};

/**
 * The running countdown, pinned to the bottom of the screen where a thumb reaches it. The digits
 * are a `timer` (not announced as they change); the runner hears the start, 10 s left and the end
 * from the workout's polite live region instead.
 */
export function TimerPanel({ active, now, exerciseName, onExtend, onSkip, onPause, onResume }: TTimerPanelProps) {
  const isRest = active.kind === "rest";
  const label = isRest ? "Rest" : `Hold, set ${active.setIndex + 1}`;
  const running = isRunning(active.timer);
  return (
    <section
      aria-label={isRest ? "Rest timer" : "Hold timer"}
      className="fixed inset-x-0 bottom-0 z-20 border-t border-slate-300 bg-white/95 px-4 pb-[max(0.75rem,env(safe-area-inset-bottom))] pt-3 shadow-[0_-4px_12px_rgba(0,0,0,0.08)] dark:border-slate-700 dark:bg-slate-900/95"
    >
      <div className="mx-auto flex max-w-xl items-center gap-3">
        <div className="min-w-0 flex-1">
          <p className="truncate text-sm font-medium text-slate-700 dark:text-slate-300">
            {label} · {exerciseName}
          </p>
          <p role="timer" aria-label={`${isRest ? "Rest" : "Hold"} time left`} className="text-5xl font-extrabold tabular-nums leading-tight">
            {formatClock(secondsLeft(active.timer, now))}
          </p>
        </div>
        {isRest ? (
          <>
            <button type="button" className={buttonClass} onClick={onExtend}>
              +15 s<span className="sr-only"> more rest</span>
            </button>
            <button type="button" className={buttonClass} onClick={onSkip}>
              Skip<span className="sr-only"> the rest</span>
            </button>
          </>
        ) : (
          <button type="button" className={buttonClass} onClick={running ? onPause : onResume}>
            {running ? "Pause" : "Resume"}
            <span className="sr-only"> the hold</span>
          </button>
        )}
      </div>
    </section>
  );
}
