import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** 16 random bytes = 128 bits, base64url without padding: always 22 characters. */
const PLAN_ID_BYTES = 16;
const EDIT_TOKEN_BYTES = 32;
const PLAN_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;
const EDIT_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** A new unguessable plan id (128 random bits, base64url). */
export function newPlanId(): string {
  return randomBytes(PLAN_ID_BYTES).toString("base64url");
}

/** A new secret edit token (256 random bits, base64url); only its hash is ever stored. */
export function newEditToken(): string {
  return randomBytes(EDIT_TOKEN_BYTES).toString("base64url");
}

/** True when `value` could be a plan id; anything else is answered 404 without a query. */
export function isPlanId(value: string): boolean {
  return PLAN_ID_PATTERN.test(value);
}

/** SHA-256 hex of the token: a fast hash is enough because the token itself has 256 bits of entropy. */
export function hashEditToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Compares a presented token with the stored hash in constant time. */
export function verifyEditToken(token: string, storedHash: string): boolean {
  if (!EDIT_TOKEN_PATTERN.test(token)) return false;
  const presented = Buffer.from(hashEditToken(token), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}
