/**
 * Test-only: the golden plans' sessions and two independent FIT decoders (Garmin's SDK and
 * fit-file-parser), each read into one common shape so the same checks run on both.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { Decoder, Stream } from "@garmin/fitsdk";
import FitParser from "fit-file-parser";
import type { TFitSession, TFitUnits } from "./fit-session";

const PLANS_DIR = fileURLToPath(new URL("../../tests/golden/plans", import.meta.url));

export type TGoldenSession = { plan: string; units: TFitUnits; session: TFitSession };

/** Every session of every golden plan (tests/golden/plans/*.json), with the plan's units. */
export function goldenPlanSessions(): TGoldenSession[] {
  return readdirSync(PLANS_DIR)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .flatMap((file) => {
      const plan = JSON.parse(readFileSync(path.join(PLANS_DIR, file), "utf8")) as { input: { units: TFitUnits }; sessions: TFitSession[] };
      return plan.sessions.map((session) => ({ plan: file.replace(/\.json$/, ""), units: plan.input.units, session }));
    });
}

export type TDecodedStep = {
  index: number | undefined;
  name: string | undefined;
  notes: string | undefined;
  intensity: string | undefined;
  durationType: string | undefined;
  /** Raw: reps, or milliseconds for a timed step. */
  durationValue: number | undefined;
  /** camelCase, as the SDK's profile spells it. */
  category: string | undefined;
  exerciseName: number | undefined;
  weightKg: number | undefined;
  displayUnit: string | undefined;
};

export type TDecodedWorkout = {
  fileType: unknown;
  manufacturer: unknown;
  product: unknown;
  serialNumber: unknown;
  timeCreated: unknown;
  name: string | undefined;
  sport: unknown;
  subSport: unknown;
  numValidSteps: number | undefined;
  steps: TDecodedStep[];
};

export type TSdkDecoded = TDecodedWorkout & { isFit: boolean; integrity: boolean; errors: unknown[] };

export function decodeWithSdk(bytes: Uint8Array): TSdkDecoded {
  const decoder = new Decoder(Stream.fromByteArray(Array.from(bytes)));
  const isFit = decoder.isFIT();
  const integrity = decoder.checkIntegrity();
  const { messages, errors } = decoder.read();
  const fileId = messages.fileIdMesgs?.[0] ?? {};
  const workout = messages.workoutMesgs?.[0] ?? {};
  return {
    isFit,
    integrity,
    errors,
    fileType: fileId.type,
    manufacturer: fileId.manufacturer,
    product: fileId.product,
    serialNumber: fileId.serialNumber,
    timeCreated: fileId.timeCreated,
    name: workout.wktName,
    sport: workout.sport,
    subSport: workout.subSport,
    numValidSteps: workout.numValidSteps,
    steps: (messages.workoutStepMesgs ?? []).map((step) => ({
      index: step.messageIndex as number | undefined,
      name: step.wktStepName,
      notes: step.notes,
      intensity: step.intensity as string | undefined,
      durationType: step.durationType as string | undefined,
      durationValue: step.durationValue,
      category: step.exerciseCategory as string | undefined,
      exerciseName: step.exerciseName,
      weightKg: step.exerciseWeight,
      displayUnit: step.weightDisplayUnit as string | undefined,
    })),
  };
}

const snakeToCamel = (text: string | undefined) => text?.replace(/_([a-z0-9])/g, (_, char: string) => char.toUpperCase());

/** fit-file-parser with CRC checks on (`force: false`): a damaged file rejects. */
export async function decodeWithFitFileParser(bytes: Uint8Array): Promise<TDecodedWorkout> {
  const parsed = await new FitParser({ force: false }).parseAsync(Buffer.from(bytes));
  const fileId = parsed.messages?.file_id?.[0] ?? {};
  const workout = parsed.messages?.workout?.[0] ?? {};
  return {
    fileType: fileId.type,
    manufacturer: fileId.manufacturer,
    product: fileId.product,
    serialNumber: fileId.serial_number,
    timeCreated: fileId.time_created,
    name: workout.wkt_name,
    sport: workout.sport,
    subSport: snakeToCamel(workout.sub_sport as string | undefined),
    numValidSteps: workout.num_valid_steps,
    steps: (parsed.messages?.workout_step ?? []).map((step) => ({
      index: typeof step.message_index === "object" ? step.message_index.value : step.message_index,
      name: step.wkt_step_name,
      notes: step.notes,
      intensity: step.intensity as string | undefined,
      durationType: step.duration_type as string | undefined,
      durationValue: step.duration_value,
      category: snakeToCamel(step.exercise_category as string | undefined),
      exerciseName: step.exercise_name,
      weightKg: step.exercise_weight,
      displayUnit: step.weight_display_unit as string | undefined,
    })),
  };
}
