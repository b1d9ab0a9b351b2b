import { findExercise } from "@/lib/engine/catalogue";
import type { TPrescription, TSession } from "@/lib/engine/types";
import { formatDate } from "@/lib/dates";
import { CATEGORY_LABELS, EQUIPMENT_LABELS, LOAD_LABELS, PHASE_LABELS, SLOT_LABELS } from "@/lib/plan-text/labels";
import { describeLoad, formatDose, formatRest } from "@/lib/plan-text/dose-text";

export type TSessionCardProps = {
  session: TSession;
  /** Level of the card's heading (exercises get the next level). Default 3. */
  headingLevel?: 2 | 3 | 4;
};

const TEMPO_DIGITS = /^\d+-\d+-\d+$/;

function variantNames(ids: readonly string[]): string[] {
  return ids.map((id) => findExercise(id)?.name ?? id);
}

function ExerciseItem({ item, position, headingLevel }: { item: TPrescription; position: number; headingLevel: 3 | 4 | 5 }) {
  const info = findExercise(item.exerciseId);
  const unilateral = info?.unilateral ?? false;
  const easier = variantNames(info?.easier ?? []);
  const harder = variantNames(info?.harder ?? []);
  const Heading = `h${headingLevel}` as "h3" | "h4" | "h5";
  return (
    <li className="rounded-lg border border-slate-200 p-3 sm:p-4 dark:border-slate-700" data-exercise-id={item.exerciseId}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <Heading className="text-base font-semibold">
          <span className="mr-1.5 tabular-nums text-slate-700 dark:text-slate-300">{position}.</span>
          {item.name}
        </Heading>
        <span className="rounded-full border border-slate-300 px-2 py-0.5 text-xs text-slate-800 dark:border-slate-600 dark:text-slate-200">
          {CATEGORY_LABELS[item.category]}
        </span>
      </div>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="font-medium">Dose</dt>
        <dd data-testid="dose" className="font-semibold tabular-nums">
          {formatDose(item, { unilateral, metres: info?.dose === "metres" })}
        </dd>
        <dt className="font-medium">Load</dt>
        <dd>
          {LOAD_LABELS[item.load]}
          <span className="text-slate-700 dark:text-slate-300">: {describeLoad(item)}</span>
        </dd>
        {item.tempo ? (
          <>
            <dt className="font-medium">Tempo</dt>
            <dd>
              {item.tempo}
              {TEMPO_DIGITS.test(item.tempo) ? (
                <span className="text-slate-700 dark:text-slate-300"> (seconds lowering – pause – lifting)</span>
              ) : null}
            </dd>
          </>
        ) : null}
        <dt className="font-medium">Rest</dt>
        <dd>{formatRest(item.restSeconds)} between sets</dd>
        <dt className="font-medium">Kit</dt>
        <dd>{item.equipment.length > 0 ? item.equipment.map((e) => EQUIPMENT_LABELS[e]).join(", ") : "bodyweight"}</dd>
      </dl>
      {item.note ? <p className="mt-2 rounded bg-amber-50 px-2 py-1 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-50">{item.note.charAt(0).toUpperCase() + item.note.slice(1)}</p> : null}
      {info ? (
        <div className="mt-2 space-y-1 text-sm">
          <p>
            <span className="font-medium">How: </span>
            {info.cue}
          </p>
          <p>
            <span className="font-medium">Why: </span>
            {info.why}
          </p>
        </div>
      ) : null}
      {easier.length > 0 || harder.length > 0 ? (
        <p className="mt-2 flex flex-col gap-0.5 text-sm sm:flex-row sm:gap-4">
          {easier.length > 0 ? (
            <span>
              <span className="font-medium">Easier:</span> {easier.join(", ")}
            </span>
          ) : null}
          {harder.length > 0 ? (
            <span>
              <span className="font-medium">Harder:</span> {harder.join(", ")}
            </span>
          ) : null}
        </p>
      ) : null}
    </li>
  );
}

/**
 * One strength session in full: each exercise in order with its dose, load, tempo, rest, the
 * catalogue's cue and why, easier and harder variants, and the reasons the session sits where it does.
 */
export function SessionCard({ session, headingLevel = 3 }: TSessionCardProps) {
  const Heading = `h${headingLevel}` as "h2" | "h3" | "h4";
  const sub = (headingLevel + 1) as 3 | 4 | 5;
  const SubHeading = `h${sub}` as "h3" | "h4" | "h5";
  const headingId = `session-${session.id}-heading`;
  return (
    <article aria-labelledby={headingId} className="space-y-4" data-session-id={session.id}>
      <header>
        <Heading id={headingId} className="text-lg font-bold sm:text-xl">
          {session.title}
        </Heading>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          <time dateTime={session.date}>{formatDate(session.date, "weekdayLong")}</time> · {SLOT_LABELS[session.slot]} ·{" "}
          {PHASE_LABELS[session.phase]} · {session.minutes} min
          {session.afterRun ? " · after your run" : ""}
        </p>
      </header>
      <p className="rounded-md border-l-4 border-slate-900 bg-slate-50 px-3 py-2 text-sm dark:border-slate-100 dark:bg-slate-900">
        <span className="font-semibold">Effort: </span>
        finish every set knowing you could do 2–3 more good reps. Challenging, never to failure.
        {session.afterRun ? " Do this session after your run, not before it." : ""}
      </p>
      <ol className="space-y-3">
        {session.exercises.map((item, i) => (
          <ExerciseItem key={`${item.exerciseId}-${i}`} item={item} position={i + 1} headingLevel={sub} />
        ))}
      </ol>
      {session.why.length > 0 ? (
        <div className="text-sm">
          <SubHeading className="font-semibold">Why this session</SubHeading>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {session.why.map((reason) => (
              <li key={`${reason.rule}-${reason.text}`} data-rule={reason.rule}>
                {reason.text}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </article>
  );
}
