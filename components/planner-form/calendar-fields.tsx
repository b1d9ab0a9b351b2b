"use client";

import { useMemo, useState } from "react";
import { useFormState, useWatch } from "react-hook-form";
import { MAX_REMINDER_MINUTES } from "@/lib/plan-input-values";
import { TextField } from "@/components/ui/text-field";
import { listTimeZones } from "./browser-defaults";
import { useFormMethods } from "./form-methods";

const CALENDAR_FIELDS = ["sessionTime", "reminderMinutes", "timeZone"] as const;

/** Session time, reminder and time zone: what the calendar feed needs. */
export function CalendarFields() {
  const { register, control } = useFormMethods();
  const { errors } = useFormState({ control, name: CALENDAR_FIELDS });
  const sessionTime = useWatch({ control, name: "sessionTime" });
  // ~430 zone names would double the page's HTML and hydration work; list them once the field is used.
  const [zonesWanted, setZonesWanted] = useState(false);
  const timeZones = useMemo(() => (zonesWanted ? listTimeZones() : []), [zonesWanted]);
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField
        label={
          <>
            Session time <span className="font-normal text-slate-600 dark:text-slate-300">(optional)</span>
          </>
        }
        hint="Leave empty for all-day events."
        type="time"
        error={errors.sessionTime?.message}
        registration={register("sessionTime")}
      />
      <TextField
        label={
          <>
            Reminder, minutes before <span className="font-normal text-slate-600 dark:text-slate-300">(optional)</span>
          </>
        }
        hint={
          sessionTime
            ? "0 to 1440 minutes before each session. Empty: no reminder."
            : "Without a session time, any value reminds you at 08:00 on the day. Empty: no reminder."
        }
        type="number"
        inputMode="numeric"
        min={0}
        max={MAX_REMINDER_MINUTES}
        step={1}
        placeholder="e.g. 30"
        error={errors.reminderMinutes?.message}
        registration={register("reminderMinutes")}
      />
      <TextField
        className="sm:col-span-2"
        inputClassName="sm:max-w-sm"
        label="Time zone"
        hint={<>Taken from your browser. Decides &ldquo;today&rdquo; and calendar times.</>}
        type="text"
        list="planner-time-zones"
        onFocus={() => setZonesWanted(true)}
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="off"
        error={errors.timeZone?.message}
        registration={register("timeZone")}
      >
        <datalist id="planner-time-zones">
          {timeZones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
      </TextField>
    </div>
  );
}
