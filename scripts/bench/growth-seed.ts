/**
 * The growth benches' small database: plans that started six weeks ago, created through the API with
 * their past sessions logged through it and their feed read once, so every row is one the app wrote.
 */
import { typicalPlanInput } from "../../tests/load/plan-fixtures";

export const SEED_PLANS = 100;
type TSessionJson = { id: string; date: string; exercises: { exerciseId: string; sets: number; reps?: number; seconds?: number }[] };

function isoDaysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

async function createLoggedPlan(baseUrl: string, index: number): Promise<string> {
  const input = { ...typicalPlanInput(index), startDate: isoDaysFromToday(-42) };
  const created = await fetch(`${baseUrl}/api/plans`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(input) });
  if (created.status !== 201) throw new Error(`seed plan ${index}: ${created.status} ${await created.text()}`);
  const { id, editToken, plan } = (await created.json()) as { id: string; editToken: string; plan: { sessions: TSessionJson[] } };
  const today = isoDaysFromToday(0);
  for (const session of plan.sessions.filter((item) => item.date < today)) {
    const exercises = session.exercises
      .filter((item) => item.reps !== undefined || item.seconds !== undefined)
      .map((item, position) => ({
        exerciseId: item.exerciseId,
        sets: Array.from({ length: item.sets }, () => (item.seconds !== undefined ? { seconds: item.seconds } : { reps: item.reps, load: 12 + position * 2 })),
        rir: 2,
      }));
    const logged = await fetch(`${baseUrl}/api/plans/${id}/sessions/${session.id}/log`, {
      method: "PUT",
      headers: { "content-type": "application/json", authorization: `Bearer ${editToken}` },
      body: JSON.stringify({ status: "done", exercises }),
    });
    if (logged.status !== 200) throw new Error(`seed log ${index}/${session.id}: ${logged.status} ${await logged.text()}`);
  }
  // The feed's memory row exists once a calendar app has read the feed.
  const feed = await fetch(`${baseUrl}/api/plans/${id}/calendar.ics`);
  if (feed.status !== 200) throw new Error(`seed feed ${index}: ${feed.status}`);
  return id;
}

/** Creates and logs SEED_PLANS plans on the server at `baseUrl`; returns their ids. */
export async function seedLoggedPlans(baseUrl: string): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < SEED_PLANS; i++) ids.push(await createLoggedPlan(baseUrl, i));
  return ids;
}

/** Logged sets in one stored log's JSON (stored as { unit, exercises }: lib/plans/log-session.ts). */
export function countSets(exercisesJson: string): number {
  return (JSON.parse(exercisesJson) as { exercises: { sets: unknown[] }[] }).exercises.reduce((sum, item) => sum + item.sets.length, 0);
}
