import { describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/plans/route";
import { GET } from "@/app/api/plans/[id]/route";
import { getPrisma } from "@/lib/db/client";
import { findPlan } from "@/lib/db/plans";
import { ENGINE_VERSION } from "@/lib/engine/build-plan";
import { setUpTempDatabase } from "./temp-database";
import { bareRequest, context, jsonRequest, validInput } from "./requests";

setUpTempDatabase();

describe("stored plans and engineVersion", () => {
  it("a plan stored by an older engine is regenerated on read, written back, and keeps updatedAt", async () => {
    const created = (await (await createRoute(jsonRequest("POST", "/api/plans", validInput()))).json()) as { id: string; plan: unknown };
    const prisma = getPrisma();
    const original = await prisma.plan.findUniqueOrThrow({ where: { id: created.id } });
    // Simulate an old row: different version and a plan JSON the current engine would not produce.
    await prisma.plan.update({
      where: { id: created.id },
      data: { engineVersion: "0.0.1-old", plan: JSON.stringify({ engineVersion: "0.0.1-old", sessions: [] }), updatedAt: original.updatedAt },
    });
    const response = await GET(bareRequest("GET", "/"), context({ id: created.id }));
    const body = (await response.json()) as { plan: { engineVersion: string }; updatedAt: string };
    expect(body.plan.engineVersion).toBe(ENGINE_VERSION);
    expect(body.plan).toEqual(created.plan);
    expect(body.updatedAt).toBe(original.updatedAt.toISOString());
    const row = await prisma.plan.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.engineVersion).toBe(ENGINE_VERSION);
    expect(JSON.parse(row.plan)).toEqual(created.plan);
  });

  it("a current plan is served from the stored JSON as is", async () => {
    const created = (await (await createRoute(jsonRequest("POST", "/api/plans", validInput()))).json()) as { id: string };
    const prisma = getPrisma();
    // Same version, marked plan: if findPlan regenerated, the marker would vanish.
    const row = await prisma.plan.findUniqueOrThrow({ where: { id: created.id } });
    const marked = { ...JSON.parse(row.plan), warnings: [{ code: "few-legal-days", message: "stored marker" }] };
    await prisma.plan.update({ where: { id: created.id }, data: { plan: JSON.stringify(marked) } });
    expect((await findPlan(created.id))?.plan.warnings).toEqual(marked.warnings);
  });
});
