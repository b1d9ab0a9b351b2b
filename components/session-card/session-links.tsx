import { primaryButtonClass } from "@/components/ui/styles";
import { actionButtonClass } from "@/components/session-actions/styles";

/** Paths of one session's workout mode and its FIT file. */
export function sessionPaths(planId: string, sessionId: string): { workout: string; fit: string } {
  const plan = encodeURIComponent(planId);
  const session = encodeURIComponent(sessionId);
  return { workout: `/plans/${plan}/sessions/${session}/workout`, fit: `/api/plans/${plan}/sessions/${session}/workout.fit` };
}

/** "Start workout" (workout mode) and "Send to your watch (.fit)" with the one-line how-to. */
export function SessionLinks({ planId, sessionId }: { planId: string; sessionId: string }) {
  const paths = sessionPaths(planId, sessionId);
  const howId = `fit-how-${sessionId}`;
  return (
    <div className="space-y-1 print:hidden">
      <div className="flex flex-wrap gap-2">
        <a href={paths.workout} className={primaryButtonClass}>
          Start workout
        </a>
        <a href={paths.fit} download className={actionButtonClass} aria-describedby={howId}>
          Send to your watch (.fit)
        </a>
      </div>
      <p id={howId} className="text-xs text-slate-700 dark:text-slate-300">
        Garmin: in Garmin Connect choose Import and pick the file, or copy it to the watch&apos;s NewFiles folder over USB.
      </p>
    </div>
  );
}
