/**
 * Extra request kinds for the cluster test's load (tests/cluster/cluster.ts). Each kind gets
 * `workers` closed-loop workers sending through nginx; `build` makes the next request from the
 * plans created so far (null: nothing to send yet), `settle` records an answer, and `verify` runs
 * after the load against each instance directly and returns the problems it finds (empty: all good).
 */
import { buildPlan } from "@/lib/engine/build-plan";
import { ZPlanInput } from "@/lib/plan-input";
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

const PATCH_WORKERS = 2;
/** Per plan: its first session and the skip state of the last PATCH that was acknowledged (200). */
const skips = new Map<string, { sessionId: string; sent: boolean | null; acknowledged: boolean | null; uncertain: boolean }>();
const cursors = Array.from({ length: PATCH_WORKERS }, () => 0);
const inFlight = new Set<string>();

function firstSessionId(plan: TClusterPlan): string {
  return buildPlan(ZPlanInput.parse(plan.input), { today: String(plan.input.startDate) }).sessions[0].id;
}

/**
 * PATCH /api/plans/{id}/sessions/{sessionId}: each worker owns every other plan and toggles its first
 * session between skipped and planned, one request per plan at a time, so the last acknowledged
 * toggle is what both instances must show afterwards (a 409 from a concurrent PUT is expected).
 */
const patchKind: TClusterKind = {
  name: "patch",
  workers: PATCH_WORKERS,
  build: (plans, worker) => {
    const owned = plans.filter((plan, index) => index % PATCH_WORKERS === worker && !inFlight.has(plan.id));
    if (owned.length === 0) return null;
    const plan = owned[cursors[worker]++ % owned.length];
    const state = skips.get(plan.id) ?? { sessionId: firstSessionId(plan), sent: null, acknowledged: null, uncertain: false };
    skips.set(plan.id, state);
    state.sent = !(state.acknowledged ?? false);
    inFlight.add(plan.id);
    return {
      method: "PATCH",
      path: `/api/plans/${plan.id}/sessions/${state.sessionId}`,
      headers: { "content-type": "application/json", authorization: `Bearer ${plan.editToken}` },
      body: Buffer.from(JSON.stringify({ status: state.sent ? "skipped" : "planned" })),
    };
  },
  settle: (request, response) => {
    const id = request.path.split("/")[3];
    inFlight.delete(id);
    const state = skips.get(id);
    if (!state) return;
    // A lost answer may or may not have committed: unknown until the next acknowledged PATCH.
    if (response?.status === 200) Object.assign(state, { acknowledged: state.sent, uncertain: false });
    else if (!response || response.status >= 500) state.uncertain = true;
  },
  verify: async (plans, instanceBaseUrls) => {
    const problems: string[] = [];
    for (const plan of plans) {
      const state = skips.get(plan.id);
      if (!state || state.acknowledged === null || state.uncertain) continue;
      for (const base of instanceBaseUrls) {
        const response = await fetch(`${base}/api/plans/${plan.id}`);
        const body = (await response.json()) as { plan: { sessions: { id: string; status: string }[] } };
        const status = body.plan.sessions.find((session) => session.id === state.sessionId)?.status;
        const expected = state.acknowledged ? "skipped" : "planned";
        if (status !== expected) problems.push(`${base}: ${plan.id} ${state.sessionId} is ${status}, the last acknowledged PATCH said ${expected}`);
      }
    }
    return problems;
  },
};

export const EXTRA_KINDS: TClusterKind[] = [patchKind];
