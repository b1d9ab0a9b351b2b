/**
 * Extra request kinds for the cluster test's load (tests/cluster/cluster.ts), e.g. PATCH
 * /api/plans/{id}/sessions/{sessionId} once that route exists. Each kind gets `workers` closed-loop
 * workers sending through nginx; `build` makes the next request from the plans created so far (null:
 * nothing to send yet), `settle` records an answer, and `verify` runs after the load against each
 * instance directly and returns the problems it finds (empty: all good).
 */
import type { TRawRequest, TRawResponse } from "../load/send-raw";

export type TClusterPlan = {
  id: string;
  editToken: string;
  input: Record<string, unknown>;
};

export type TClusterKind = {
  name: string;
  workers: number;
  build: (plans: readonly TClusterPlan[], worker: number) => TRawRequest | null;
  /** 2xx and the expected 4xx are fine; anything else the driver reports by itself. */
  settle?: (request: TRawRequest, response: TRawResponse | null) => void;
  verify?: (plans: readonly TClusterPlan[], instanceBaseUrls: string[]) => Promise<string[]>;
};

/** The lead adds kinds here (none yet). */
export const EXTRA_KINDS: TClusterKind[] = [];
