import { checkEditToken } from "@/lib/plans/check-edit-token";
import { HttpError, notFoundError } from "@/lib/http/errors";
import { readBearerToken } from "@/lib/http/bearer-token";

/**
 * Lets an edit through only with the plan's own token. Order: unknown plan 404 (GET already tells
 * anyone whether an id exists, so checking it first leaks nothing), no bearer token 401, a token
 * that is not this plan's (including another plan's valid token) 403. Runs before the body is read,
 * so an unauthorised request never gets as far as validation.
 */
export async function authorizeEdit(request: Request, planId: string): Promise<void> {
  const result = await checkEditToken(planId, readBearerToken(request));
  if (result === "no-plan") throw notFoundError();
  if (result === "no-token") {
    throw new HttpError("unauthorized", "Send the plan's edit token as Authorization: Bearer <token>.", {
      headers: { "WWW-Authenticate": 'Bearer realm="stridelift"' },
    });
  }
  if (result === "wrong-token") throw new HttpError("forbidden", "This edit token does not belong to this plan.");
}
