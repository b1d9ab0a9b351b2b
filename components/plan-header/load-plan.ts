import { cache } from "react";
import { findPlan } from "@/lib/db/plans";

/** One database read per request, shared by the page and its metadata. */
export const loadPlan = cache(findPlan);
