import { cache } from "react";
import { getPlan } from "@/lib/plans/get-plan";

/** One read per request, shared by a plan page and its metadata. */
export const loadPlan = cache(getPlan);
