import { findExercise } from "@/lib/engine/catalogue";
import type { TPrescription, TSession } from "@/lib/engine/types";
import { formatDate } from "@/lib/dates";
import { CATEGORY_LABELS, EQUIPMENT_LABELS, LOAD_LABELS, PHASE_LABELS, SLOT_LABELS } from "@/lib/plan-text/labels";
import { describeLoad, formatDose, formatRest, formatTargetLoad } from "@/lib/plan-text/dose-text";
import { ADAPTATION_LABELS } from "@/lib/plan-text/logged-text";
import { describeSessionMarks } from "@/lib/plan-text/session-marks";
import type { TLoggedLine } from "./last-times";

export type TSessionCardProps = {
  session: TSession;
  /** Level of the card's heading (exercises get the next level). Default 3. */
  headingLevel?: 2 | 3 | 4;
  /** The plan's session time ("18:30"), when set. */
  sessionTime?: string;
  /** By exercise id: what was logged the last time that exercise was done. */
  lastTimes?: Readonly<Record<string, TLoggedLine>>;
  /** By exercise id: what this session's own log says was done. */
  logged?: Readonly<Record<string, TLoggedLine>>;
  /** Links and the owner's controls, under the exercises. */
  children?: React.ReactNode;
};

const TEMPO_DIGITS = /^\d+-\d+-\d+$/;
const ADAPTED = /^11\./;

function variantNames(ids: readonly string[]): string[] {
  return ids.map((id) => findExercise(id)?.name ?? id);
}

const summaryClass =
  "flex min-h-11 cursor-pointer items-center gap-1.5 rounded font-medium text-blue-800 underline decoration-1 underline-offset-2 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:text-blue-300 dark:focus-visible:outline-blue-400";

function ExerciseItem(props: { item: TPrescription; position: number; headingLevel: 3 | 4 | 5; lastTime?: TLoggedLine; logged?: TLoggedLine }) {
  const { item, position, lastTime, logged } = props;
  const info = findExercise(item.exerciseId);
  const unilateral = info?.unilateral ?? false;
  const easier = variantNames(info?.easier ?? []);
  const harder = variantNames(info?.harder ?? []);
  const Heading = `h${props.headingLevel}` as "h3" | "h4" | "h5";
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
        {item.targetLoad ? (
          <>
            <dt className="font-medium">Target</dt>
            <dd data-testid="target-load">
              <span className="font-semibold tabular-nums">{formatTargetLoad(item.targetLoad)}</span>
              {item.adapted ? <span className="block text-slate-700 dark:text-slate-300">{ADAPTATION_LABELS[item.adapted.rule]}</span> : null}
            </dd>
          </>
        ) : null}
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
              {TEMPO_DIGITS.test(item.tempo) ? <span className="text-slate-700 dark:text-slate-300"> (seconds lowering – pause – lifting)</span> : null}
            </dd>
          </>
        ) : null}
        <dt className="font-medium">Rest</dt>
        <dd>{formatRest(item.restSeconds)} between sets</dd>
        <dt className="font-medium">Kit</dt>
        <dd>{item.equipment.length > 0 ? item.equipment.map((e) => EQUIPMENT_LABELS[e]).join(", ") : "bodyweight"}</dd>
        {logged ? (
          <>
            <dt className="font-medium">Done</dt>
            <dd data-testid="logged">{logged.text}</dd>
          </>
        ) : null}
        {lastTime ? (
          <>
            <dt className="font-medium">Last time</dt>
            <dd data-testid="last-time">
              {lastTime.text} <span className="text-slate-700 dark:text-slate-300">({formatDate(lastTime.date, "weekday")})</span>
            </dd>
          </>
        ) : null}
      </dl>
      {item.adapted && !item.targetLoad ? <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{ADAPTATION_LABELS[item.adapted.rule]}</p> : null}
      {item.why?.map((why) => (
        <p key={why.text} className="mt-1 text-sm" data-rule={why.rule}>
          {why.text}
        </p>
      ))}
      {item.note ? <p className="mt-2 rounded bg-amber-50 px-2 py-1 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-50">{item.note.charAt(0).toUpperCase() + item.note.slice(1)}</p> : null}
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
      {info ? (
        <details className="mt-1 text-sm">
          <summary className={summaryClass}>How to do it, and why</summary>
          <div className="space-y-1 pb-1">
            <p>
              <span className="font-medium">How: </span>
              {info.cue}
            </p>
            <p>
              <span className="font-medium">Why: </span>
              {info.why}
            </p>
          </div>
        </details>
      ) : null}
    </li>
  );
}

/**
 * One strength session: each exercise in order with what the runner needs in the gym in plain view
 * (dose, target load, load, tempo, rest, kit, last time), and the cues and reasons one tap away.
 */
export function SessionCard({ session, headingLevel = 3, sessionTime, lastTimes = {}, logged = {}, children }: TSessionCardProps) {
  const Heading = `h${headingLevel}` as "h2" | "h3" | "h4";
  const sub = (headingLevel + 1) as 3 | 4 | 5;
  const SubHeading = `h${sub}` as "h3" | "h4" | "h5";
  const headingId = `session-${session.id}-heading`;
  const marks = describeSessionMarks(session);
  const adapted = session.why.filter((why) => ADAPTED.test(why.rule));
  const placed = session.why.filter((why) => !ADAPTED.test(why.rule));
  return (
    <article aria-labelledby={headingId} className="space-y-4" data-session-id={session.id} data-status={session.status}>
      <header>
        <Heading id={headingId} className="text-lg font-bold sm:text-xl">
          {session.title}
        </Heading>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          <time dateTime={session.date}>{formatDate(session.date, "weekdayLong")}</time>
          {sessionTime ? ` at ${sessionTime}` : ""} · {SLOT_LABELS[session.slot]} · {PHASE_LABELS[session.phase]} · {session.minutes} min
          {session.afterRun ? " · after your run" : ""}
        </p>
        {marks.length > 0 ? (
          <p className="mt-2 flex flex-wrap gap-2" data-testid="session-marks">
            {marks.map((mark) => (
              <span key={mark} className="rounded-full border border-slate-500 px-2.5 py-0.5 text-sm font-semibold">
                {mark}
              </span>
            ))}
          </p>
        ) : null}
      </header>
      <p className="rounded-md border-l-4 border-slate-900 bg-slate-50 px-3 py-2 text-sm dark:border-slate-100 dark:bg-slate-900">
        <span className="font-semibold">Effort: </span>
        finish every set knowing you could do 2–3 more good reps. Challenging, never to failure.
        {session.afterRun ? " Do this session after your run, not before it." : ""}
      </p>
      {adapted.length > 0 ? (
        <div className="rounded-md border border-emerald-700 px-3 py-2 text-sm dark:border-emerald-400" data-testid="adapted">
          <SubHeading className="font-semibold">Adapted to what you logged</SubHeading>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {adapted.map((reason) => (
              <li key={reason.text} data-rule={reason.rule}>
                {reason.text}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <ol className="space-y-3">
        {session.exercises.map((item, i) => (
          <ExerciseItem
            key={`${item.exerciseId}-${i}`}
            item={item}
            position={i + 1}
            headingLevel={sub}
            lastTime={lastTimes[item.exerciseId]}
            logged={logged[item.exerciseId]}
          />
        ))}
      </ol>
      {placed.length > 0 ? (
        <details className="text-sm">
          <summary className={summaryClass}>Why this session</summary>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {placed.map((reason) => (
              <li key={`${reason.rule}-${reason.text}`} data-rule={reason.rule}>
                {reason.text}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {children}
    </article>
  );
}
