import { findExercise } from "@/lib/engine/catalogue";
import type { TSession } from "@/lib/engine/types";
import { formatDate } from "@/lib/dates";
import { formatDose, formatRest, formatTargetLoad } from "@/lib/plan-text/dose-text";
import { LOAD_LABELS, SLOT_LABELS, STATUS_LABELS } from "@/lib/plan-text/labels";

/** One session on paper: every exercise with dose, load, tempo and rest, in one or two columns. */
export function CompactSession({ session, sessionTime }: { session: TSession; sessionTime?: string }) {
  return (
    <div className="break-inside-avoid">
      <p className="font-semibold">
        {formatDate(session.date, "weekday")}
        {sessionTime ? ` ${sessionTime}` : ""} · {SLOT_LABELS[session.slot]} · {session.minutes} min
        {session.afterRun ? <span className="font-normal"> · after your run</span> : null}
        {session.status !== "planned" ? <span className="font-normal"> · {STATUS_LABELS[session.status]}</span> : null}
      </p>
      <ol className="mt-0.5 list-decimal pl-5 sm:columns-2 sm:gap-6">
        {session.exercises.map((item, i) => {
          const info = findExercise(item.exerciseId);
          return (
            <li key={`${item.exerciseId}-${i}`} className="break-inside-avoid">
              <span className="font-medium">{item.name}</span>{" "}
              {formatDose(item, { unilateral: info?.unilateral ?? false, metres: info?.dose === "metres" })} ·{" "}
              {item.targetLoad ? formatTargetLoad(item.targetLoad) : LOAD_LABELS[item.load].toLowerCase()}
              {item.tempo ? ` · ${item.tempo}` : ""} · rest {formatRest(item.restSeconds)}
              {item.note ? ` · ${item.note}` : ""}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
