import { findEditTokenHash } from "@/lib/db/plans";
import { verifyEditToken } from "@/lib/db/plan-secrets";

export type TEditTokenCheck = "ok" | "no-plan" | "wrong-token";

/** Whether `token` is this plan's edit token (compared in constant time against the stored hash). */
export async function checkEditToken(planId: string, token: string | null): Promise<TEditTokenCheck | "no-token"> {
  const storedHash = await findEditTokenHash(planId);
  if (storedHash === null) return "no-plan";
  if (token === null) return "no-token";
  return verifyEditToken(token, storedHash) ? "ok" : "wrong-token";
}
