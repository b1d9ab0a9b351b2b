import { cardClass, hintClass } from "@/components/ui/styles";
import { BreaksField } from "./breaks-field";
import { CalendarFields } from "./calendar-fields";
import { EquipmentField } from "./equipment-field";
import { RacesField } from "./races-field";
import { RunPlanImportField } from "./run-plan-import-field";
import { SessionChoiceFields } from "./session-choice-fields";
import { StartDateField } from "./start-date-field";
import { WeekRunsField } from "./week-runs-field";
import { WeekScheduleField } from "./week-schedule-field";

function Section(props: { id: string; title: string; description?: string; children: React.ReactNode }) {
  const titleId = `planner-${props.id}`;
  return (
    <section aria-labelledby={titleId} className={cardClass}>
      <h2 id={titleId} className="text-lg font-bold text-slate-900 dark:text-slate-50">
        {props.title}
      </h2>
      {props.description ? <p className={`${hintClass} mt-1`}>{props.description}</p> : null}
      <div className="mt-4">{props.children}</div>
    </section>
  );
}

/**
 * The planner's sections. No "use client": the pages render it as a server component and hand it
 * to the form, so headings and texts are plain HTML and only the inputs hydrate, each a client
 * component of its own reading the form through context. Its element comes from the server, so
 * the form host re-rendering (every keystroke, for the preview) never re-renders these.
 */
export function PlannerSections() {
  return (
    <div className="min-w-0 space-y-6 lg:col-start-1">
      <Section id="season" title="Your season" description="When you start lifting, and the races you are training for.">
        <StartDateField />
        <div className="mt-5">
          <RacesField />
        </div>
      </Section>

      <Section
        id="week"
        title="Your running week"
        description="Strength goes on easy, cross or rest days, never on or right before a hard session or your long run."
      >
        <WeekScheduleField />
      </Section>

      <Section
        id="weeks-that-differ"
        title="Weeks that differ"
        description="Your real weeks are not all the same: set a week's own run days, or mark days away. The preview follows."
      >
        <div className="space-y-6">
          <RunPlanImportField />
          <WeekRunsField />
          <div>
            <h3 className="text-base font-semibold text-slate-900 dark:text-slate-50">Breaks</h3>
            <div className="mt-1">
              <BreaksField />
            </div>
          </div>
        </div>
      </Section>

      <Section id="equipment" title="Equipment" description="Bodyweight exercises are always in. Tick what you can use.">
        <fieldset>
          <legend className="sr-only">Equipment you can use</legend>
          <EquipmentField />
        </fieldset>
      </Section>

      <Section id="you" title="You and your sessions">
        <SessionChoiceFields />
      </Section>

      <Section id="calendar" title="Calendar" description="Subscribe to your plan in Apple, Google or Outlook calendar.">
        <CalendarFields />
      </Section>
    </div>
  );
}
