/** Valid plan inputs for the scripts that drive a running server (dates relative to today, UTC). */

function isoDaysFromToday(days: number): string {
  const today = new Date();
  const utc = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return new Date(utc + days * 86_400_000).toISOString().slice(0, 10);
}

/** A typical runner: one A half marathon 16 weeks out, a tune-up 10k, timed sessions with a reminder. */
export function typicalPlanInput(index = 0): Record<string, unknown> {
  return {
    races: [
      { date: isoDaysFromToday(8 * 7 + 6), name: `Tune-up 10k #${index}`, distance: "10k", priority: "B" },
      { date: isoDaysFromToday(16 * 7 + 6), name: `City Half, Autumn; "fast" 🏃 #${index}`, distance: "half", priority: "A" },
    ],
    startDate: isoDaysFromToday(0),
    schedule: { mon: "rest", tue: "hard", wed: "easy", thu: "hard", fri: "rest", sat: "easy", sun: "long" },
    equipment: ["dumbbells", "loop-band", "mat", "bench"],
    experience: index % 2 === 0 ? "experienced" : "new",
    sessionMinutes: 45,
    taper: "full",
    units: "kg",
    timeZone: "Europe/London",
    sessionTime: "18:30",
    reminderMinutes: 30,
  };
}
