import { Encoder, Profile, type FileIdMesg, type WorkoutMesg } from "@garmin/fitsdk";
import { ZFitSession, ZFitUnits, type TFitSession, type TFitUnits } from "./fit-session";
import { fitText } from "./fit-text";
import { buildWorkoutSteps } from "./workout-steps";

/** The same Garmin Connect export allocates wkt_name[32]: 31 bytes and the NUL (see workout-steps.ts). */
const WORKOUT_NAME_BYTES = 31;
/** Our product number under the FIT "development" manufacturer id (255, for unregistered makers). */
const FIT_PRODUCT = 1;

export type TBuildFitWorkoutOptions = {
  session: TFitSession;
  /** The runner's units: how the watch shows a step's weight. */
  units: TFitUnits;
  /** Keeps the file ids of two plans' same-dated sessions apart on a watch. */
  planId?: string;
};

/**
 * FNV-1a, 32 bit. A device keys workout files by type, manufacturer, product and serial
 * number, so each plan session needs its own serial; 0 is "invalid" for a uint32z, hence 1.
 */
function serialNumber(key: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(key)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash || 1;
}

/**
 * A Garmin FIT workout file for one plan session (DOMAIN.md section 12), written with the
 * FIT SDK's encoder: file_id (type workout), workout (training / strength training, named
 * after the session) and its steps (see buildWorkoutSteps). Pure: time_created is the
 * session's date at 00:00 UTC, so the same session always gives the same bytes.
 * Throws a ZodError for a session or units that do not fit the FIT format.
 */
export function buildFitWorkout(options: TBuildFitWorkoutOptions): Uint8Array {
  const session = ZFitSession.parse(options.session);
  const units = ZFitUnits.parse(options.units);
  const steps = buildWorkoutSteps(session, units);
  const fileId: FileIdMesg = {
    type: "workout",
    manufacturer: "development",
    product: FIT_PRODUCT,
    serialNumber: serialNumber(`${options.planId ?? ""}/${session.id}`),
    timeCreated: new Date(`${session.date}T00:00:00.000Z`),
    productName: "Stridelift",
  };
  const workout: WorkoutMesg = {
    wktName: fitText(session.title, WORKOUT_NAME_BYTES),
    sport: "training",
    subSport: "strengthTraining",
    numValidSteps: steps.length,
  };
  const encoder = new Encoder();
  encoder.onMesg(Profile.MesgNum.FILE_ID, fileId);
  encoder.onMesg(Profile.MesgNum.WORKOUT, workout);
  for (const step of steps) encoder.onMesg(Profile.MesgNum.WORKOUT_STEP, step);
  return encoder.close();
}
