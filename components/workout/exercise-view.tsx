import type { RefObject } from "react";
import { RirField } from "./rir-field";
import { SetRow } from "./set-row";
import type { TWorkoutExercise } from "./workout-model";
import type { TSetDraft } from "./workout-state";

export type TExerciseViewProps = {
  exercise: TWorkoutExercise;
  index: number;
  count: number;
  headingRef: RefObject<HTMLHeadingElement | null>;
  sets: TSetDraft[];
  rir: number | null;
  /** The set whose hold is counting down, if it is on this exercise. */
  holdingSet: number | null;
  onEdit: (set: number, field: "amount" | "load", value: string) => void;
  onToggle: (set: number) => void;
  onStartHold: (set: number) => void;
  onRir: (value: number | null) => void;
};

/** The exercise on screen: big name and dose, the cue, one row per set, and RIR once the last set is ticked. */
export function ExerciseView({ exercise, index, count, headingRef, sets, rir, holdingSet, onEdit, onToggle, onStartHold, onRir }: TExerciseViewProps) {
  const lastDone = sets[sets.length - 1]?.done ?? false;
  return (
    <section aria-labelledby="exercise-name" className="space-y-4" data-exercise-id={exercise.exerciseId}>
      <div>
        <p className="text-sm font-semibold text-slate-700 dark:text-slate-300">
          Exercise {index + 1} of {count}
        </p>
        <div className="mt-1 flex gap-1" aria-hidden="true">
          {Array.from({ length: count }, (_, i) => (
            <span key={i} className={`h-1.5 flex-1 rounded-full ${i <= index ? "bg-emerald-700 dark:bg-emerald-400" : "bg-slate-200 dark:bg-slate-700"}`} />
          ))}
        </div>
      </div>
      <div>
        <h2 id="exercise-name" ref={headingRef} tabIndex={-1} className="text-3xl font-extrabold leading-tight outline-none">
          {exercise.name}
        </h2>
        <p className="mt-1 text-2xl font-bold tabular-nums" data-testid="workout-dose">
          {exercise.doseText}
          {exercise.targetLoadText ? <span className="text-slate-700 dark:text-slate-300"> at {exercise.targetLoadText}</span> : null}
        </p>
        <p className="mt-1 text-base text-slate-700 dark:text-slate-300">
          Rest {exercise.restText} after each set
          {exercise.tempo ? ` · tempo ${exercise.tempo}` : ""}
        </p>
      </div>
      {exercise.cue ? <p className="text-lg leading-relaxed">{exercise.cue}</p> : null}
      <p className="text-sm text-slate-700 dark:text-slate-300">{exercise.effortText}</p>
      {exercise.note ? (
        <p className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-50">{exercise.note}</p>
      ) : null}
      <ol className="space-y-2" aria-label={`Sets of ${exercise.name}`}>
        {sets.map((draft, set) => (
          <SetRow
            key={set}
            exercise={exercise}
            exerciseIndex={index}
            setIndex={set}
            draft={draft}
            holding={holdingSet === set}
            onEdit={(field, value) => onEdit(set, field, value)}
            onToggle={() => onToggle(set)}
            onStartHold={() => onStartHold(set)}
          />
        ))}
      </ol>
      {lastDone ? <RirField exerciseIndex={index} value={rir} onChange={onRir} /> : null}
    </section>
  );
}
