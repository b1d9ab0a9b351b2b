"use client";

import { usePlannerHost } from "./planner-host-context";
import { ScheduleField } from "./schedule-field";

/** The running week with the preview's warnings about it. */
export function WeekScheduleField() {
  return <ScheduleField warnings={usePlannerHost().weekWarnings} />;
}
