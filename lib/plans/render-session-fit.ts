import { buildFitWorkout } from "@/lib/fit/build-fit-workout";
import { fitFileName } from "@/lib/fit/fit-file-name";
import { getPlan } from "./get-plan";
import { planNotFound } from "./plan-error";

/**
 * One session as a Garmin FIT workout file (section 12), with the adapted dose and target loads
 * the runner's logs gave it. Null when the plan is unknown.
 */
export async function renderSessionFit(options: { id: string; sessionId: string }): Promise<{ bytes: Uint8Array; fileName: string } | null> {
  const loaded = await getPlan(options.id);
  if (!loaded) return null;
  const session = loaded.plan.sessions.find((candidate) => candidate.id === options.sessionId);
  if (!session) throw planNotFound("This plan has no session with that id.");
  return { bytes: buildFitWorkout({ session, units: loaded.stored.input.units, planId: loaded.stored.id }), fileName: fitFileName(session) };
}
