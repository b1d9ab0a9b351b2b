/** Defaults read from the runner's browser: time zone, today's date there, and weight units. */
import { isTimeZone, todayInTimeZone } from "@/lib/plan-input-values";

const POUND_REGIONS = new Set(["US", "LR", "MM"]);

export function detectTimeZone(): string {
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return zone && isTimeZone(zone) ? zone : "UTC";
  } catch {
    return "UTC";
  }
}

export function detectUnits(language: string | undefined): "kg" | "lb" {
  if (!language) return "kg";
  try {
    const region = new Intl.Locale(language).maximize().region;
    return region && POUND_REGIONS.has(region) ? "lb" : "kg";
  } catch {
    return "kg";
  }
}

/** Every IANA zone the browser knows, for the time-zone suggestions. */
export function listTimeZones(): string[] {
  try {
    const zones = (Intl as unknown as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.("timeZone") ?? [];
    return zones.includes("UTC") ? zones : [...zones, "UTC"];
  } catch {
    return ["UTC"];
  }
}

export function detectBrowserDefaults(now: Date): { today: string; timeZone: string; units: "kg" | "lb" } {
  const timeZone = detectTimeZone();
  return {
    timeZone,
    today: todayInTimeZone(now, timeZone),
    units: detectUnits(typeof navigator === "undefined" ? undefined : navigator.language),
  };
}
