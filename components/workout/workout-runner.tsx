"use client";

import Link from "next/link";
import { useCallback, useEffect, useReducer, useRef, useState, useSyncExternalStore } from "react";
import { readEditToken } from "@/components/planner-form/edit-token-storage";
import { useEditToken } from "@/components/plan-header/use-edit-token";
import { focusRing, primaryButtonClass, secondaryButtonClass } from "@/components/ui/styles";
import { queueLog, type TQueueLogResult } from "@/lib/offline/log-outbox";
import { primeAlarm, soundAlarm } from "./alarm";
import { buildLogBody } from "./build-log-body";
import { ExerciseView } from "./exercise-view";
import { OutboxStatus } from "./outbox-status";
import { clearProgress, readProgress, writeProgress } from "./saved-progress";
import { TimerPanel } from "./timer-panel";
import { useWakeLock } from "./use-wake-lock";
import type { TWorkout } from "./workout-model";
import { EXTRA_REST_MS, initialWorkoutState, workoutReducer, type TWorkoutAction } from "./workout-state";

type TFinish = { phase: "running" | "saving" | "no-token" } | { phase: "done"; result: TQueueLogResult };

function subscribeNothing(): () => void {
  return () => undefined;
}

/** How often the countdown's digits are redrawn; the time itself comes from timestamps. */
const REDRAW_MS = 250;

/**
 * Workout mode's one client island: one exercise at a time, a box per set, the rest and hold
 * countdowns, RIR on the last set and "Finish", which hands the log to the device's outbox (sent
 * now, or when the network returns). The server renders it with the first exercise showing.
 */
export function WorkoutRunner({ workout, planHref }: { workout: TWorkout; planHref: string }) {
  const [state, dispatch] = useReducer(workoutReducer, workout.exercises, initialWorkoutState);
  const [now, setNow] = useState(0);
  const [finish, setFinish] = useState<TFinish>({ phase: "running" });
  // Null in the server render: the token only ever lives in this browser.
  const hydrated = useSyncExternalStore(subscribeNothing, () => true, () => false);
  const token = useEditToken(workout.planId);
  // Unknown (null) until hydrated: the token only ever lives in this browser.
  const hasToken = hydrated ? token !== null : null;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const restored = useRef(false);
  const shownIndex = useRef(state.index);

  const act = useCallback((action: TWorkoutAction) => {
    if ("now" in action) setNow(action.now);
    dispatch(action);
  }, []);

  // Progress saved before a reload lives in this browser only: restored after hydration.
  useEffect(() => {
    const saved = readProgress(workout.planId, workout.sessionId);
    if (saved) dispatch({ type: "restore", saved });
    restored.current = true;
  }, [workout.planId, workout.sessionId]);

  const result = finish.phase === "done" ? finish.result : null;
  const done = result !== null && result.status !== "failed";
  useEffect(() => {
    if (!restored.current || done) return;
    writeProgress(workout.planId, workout.sessionId, { index: state.index, sets: state.sets, rir: state.rir });
  }, [state.index, state.sets, state.rir, workout.planId, workout.sessionId, done]);

  const timerRunning = state.timer !== null;
  useEffect(() => {
    if (!timerRunning) return;
    const redraw = () => {
      const at = Date.now();
      setNow(at);
      dispatch({ type: "tick", now: at });
    };
    redraw();
    const interval = setInterval(redraw, REDRAW_MS);
    return () => clearInterval(interval);
  }, [timerRunning]);

  useEffect(() => {
    if (state.alarms > 0) soundAlarm();
  }, [state.alarms]);

  // A new exercise on screen: move focus to its name, so keyboard and screen reader users start there.
  useEffect(() => {
    if (shownIndex.current === state.index) return;
    shownIndex.current = state.index;
    headingRef.current?.focus();
  }, [state.index]);

  useEffect(() => {
    if (finish.phase === "done" || finish.phase === "no-token") resultRef.current?.focus();
  }, [finish]);

  useWakeLock(!done);

  const save = async () => {
    // Read again, not the hook's value: the link may have been opened in this tab since the page
    // rendered, and a same-tab write fires no storage event.
    const savedToken = readEditToken(workout.planId);
    if (!savedToken) {
      setFinish({ phase: "no-token" });
      return;
    }
    setFinish({ phase: "saving" });
    const outcome = await queueLog({ planId: workout.planId, sessionId: workout.sessionId, body: buildLogBody(state), token: savedToken });
    if (outcome.status !== "failed") clearProgress(workout.planId, workout.sessionId);
    setFinish({ phase: "done", result: outcome });
  };

  const exercise = workout.exercises[state.index];
  const isLast = state.index === workout.exercises.length - 1;
  const active = state.timer;

  if (done) {
    return (
      <section aria-labelledby="workout-result" className="space-y-4 py-4">
        <h2 id="workout-result" ref={resultRef} tabIndex={-1} className="text-3xl font-extrabold outline-none">
          {result.status === "sent" ? "Workout saved" : "Saved on this phone"}
        </h2>
        <p className="text-lg">
          {result.status === "sent"
            ? "Nice work. Your plan has adapted to what you did."
            : "No connection right now: your log is kept on this phone and sent as soon as you are back online. You can close this page."}
        </p>
        <OutboxStatus planId={workout.planId} sessionTitles={{ [workout.sessionId]: workout.title }} />
        <Link href={planHref} className={primaryButtonClass}>
          Back to the plan
        </Link>
      </section>
    );
  }

  if (!exercise) return <p className="py-6 text-lg">This session has no exercises to do.</p>;

  return (
    <div className={active ? "pb-36" : "pb-8"} data-hydrated={hydrated ? "true" : undefined}>
      <p aria-live="polite" className="sr-only">
        {state.announcement ? <span key={state.announcement.serial}>{state.announcement.text}</span> : null}
      </p>
      <OutboxStatus planId={workout.planId} sessionTitles={{ [workout.sessionId]: workout.title }} className="mb-4" />

      <ExerciseView
        exercise={exercise}
        index={state.index}
        count={workout.exercises.length}
        headingRef={headingRef}
        sets={state.sets[state.index]}
        rir={state.rir[state.index]}
        holdingSet={active?.kind === "hold" && active.exerciseIndex === state.index ? active.setIndex : null}
        onEdit={(set, field, value) => act({ type: "edit", exercise: state.index, set, field, value })}
        onToggle={(set) => {
          primeAlarm();
          act({ type: "toggle-set", exercise: state.index, set, now: Date.now() });
        }}
        onStartHold={(set) => {
          primeAlarm();
          act({ type: "start-hold", exercise: state.index, set, now: Date.now() });
        }}
        onRir={(value) => act({ type: "set-rir", exercise: state.index, value })}
      />

      {finish.phase === "no-token" ? (
        <div role="alert" className="mt-6 rounded-xl border border-red-400 bg-red-50 px-3 py-3 text-red-950 dark:border-red-500 dark:bg-red-950 dark:text-red-50">
          <h2 ref={resultRef} tabIndex={-1} className="text-lg font-bold outline-none">
            Not saved: this phone needs your private edit link
          </h2>
          <p className="mt-1">
            Only the person with the plan&apos;s private edit link can log to it. Open that link once on this phone, then come back and
            press Finish again: everything you ticked is still here.
          </p>
        </div>
      ) : null}
      {result?.status === "failed" ? (
        <div role="alert" className="mt-6 rounded-xl border border-red-400 bg-red-50 px-3 py-3 text-red-950 dark:border-red-500 dark:bg-red-950 dark:text-red-50">
          <h2 ref={resultRef} tabIndex={-1} className="text-lg font-bold outline-none">
            Not saved: {result.error.message}
          </h2>
          {result.error.issues?.length ? (
            <ul className="mt-1 list-disc pl-5">
              {result.error.issues.map((issue) => (
                <li key={`${issue.path}-${issue.message}`}>{issue.message}</li>
              ))}
            </ul>
          ) : null}
          <p className="mt-1">Fix the boxes above and press Finish again.</p>
        </div>
      ) : null}

      <nav aria-label="Exercises" className="mt-6 grid grid-cols-2 gap-3">
        <button
          type="button"
          className={`${secondaryButtonClass} min-h-14 text-base`}
          disabled={state.index === 0}
          onClick={() => act({ type: "go", index: state.index - 1 })}
        >
          Previous<span className="sr-only"> exercise</span>
        </button>
        {isLast ? (
          <button type="button" className={`${primaryButtonClass} min-h-14`} disabled={finish.phase === "saving"} onClick={() => void save()}>
            {finish.phase === "saving" ? "Saving…" : "Finish workout"}
          </button>
        ) : (
          <button type="button" className={`${primaryButtonClass} min-h-14`} onClick={() => act({ type: "go", index: state.index + 1 })}>
            Next exercise
          </button>
        )}
      </nav>
      {/* Known only after hydration (the token lives in this browser), so it goes below the
          controls: shown above them it pushed the whole exercise down (layout shift). */}
      {hasToken === false ? (
        <p className="mt-6 rounded-xl border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-500 dark:bg-amber-950 dark:text-amber-50">
          This phone does not have your private edit link for this plan, so the workout cannot be saved here. You can still do it. To log
          workouts, open your private edit link once on this phone (it was shown when you made the plan).
        </p>
      ) : null}
      <p className="mt-3 text-center text-sm">
        <Link href={planHref} className={`inline-flex min-h-11 items-center rounded px-2 underline underline-offset-4 ${focusRing}`}>
          Leave the workout
        </Link>
      </p>

      {active ? (
        <TimerPanel
          active={active}
          now={now}
          exerciseName={workout.exercises[active.exerciseIndex].name}
          onExtend={() => act({ type: "extend", ms: EXTRA_REST_MS })}
          onSkip={() => act({ type: "skip" })}
          onPause={() => act({ type: "pause", now: Date.now() })}
          onResume={() => act({ type: "resume", now: Date.now() })}
        />
      ) : null}
    </div>
  );
}
