import { Profile } from "@garmin/fitsdk";
import { CATALOGUE_FIT } from "@/lib/engine/catalogue-fit";

export type TFitExerciseCodes = {
  exerciseCategory: number;
  exerciseName?: number;
};

/** The number the SDK's profile gives `valueName` in the enum `typeName`. */
function profileValue(typeName: string, valueName: string): number {
  const entry = Object.entries(Profile.types[typeName] ?? {}).find(([, name]) => name === valueName);
  if (!entry) throw new Error(`The FIT profile has no ${typeName} value "${valueName}"`);
  return Number(entry[0]);
}

/**
 * The catalogue's FIT mapping as the numbers a workout step carries. The SDK's encoder takes
 * the category by name but exercise_name is a plain uint16 (its enum depends on the
 * category), so both are resolved here, once, from the SDK's own profile.
 */
const CODES: ReadonlyMap<string, TFitExerciseCodes> = new Map(
  Object.entries(CATALOGUE_FIT).map(([id, fit]) => {
    const exerciseCategory = profileValue("exerciseCategory", fit.category);
    if (fit.name === undefined) return [id, { exerciseCategory }];
    return [id, { exerciseCategory, exerciseName: profileValue(`${fit.category}ExerciseName`, fit.name) }];
  }),
);

/** FIT exercise_category (and exercise_name where there is one) for a catalogue id, or undefined. */
export function fitExerciseCodes(exerciseId: string): TFitExerciseCodes | undefined {
  return CODES.get(exerciseId);
}
