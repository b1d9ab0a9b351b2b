import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EQUIPMENT } from "../plan-input";
import { coversFourCategories } from "@/tests/fixtures/four-categories";
import { selectSessionExercises, type TSelectSessionOptions, type TSessionItem } from "./sessions";
import type { TEquipment, TExerciseCategory } from "./types";

const SLOTS = ["A", "B", "light"] as const;
const MINUTES = [30, 45, 60] as const;
const FULL_GYM: readonly TEquipment[] = EQUIPMENT;
/** The structure's order; power (when present) sits right after activation, upper body last. */
const ORDER: readonly TExerciseCategory[] = ["activation", "power", "hinge", "single-leg", "core", "calf", "upper"];

const arbOptions = fc.record({
  slot: fc.constantFrom(...SLOTS),
  minutes: fc.constantFrom(...MINUTES),
  equipment: fc.subarray([...EQUIPMENT]),
  includePower: fc.boolean(),
});
const RUNS = { numRuns: 600 };

const ids = (items: readonly TSessionItem[]) => items.map((item) => item.exercise.id);
/** DOMAIN.md section 5: the only exercises that may fill the activation position. */
const NAMED_ACTIVATIONS = ["clamshell", "lateral-band-walk", "glute-bridge"];
const activationIds = (items: readonly TSessionItem[]) =>
  items.filter((item) => item.exercise.category === "activation").map((item) => item.exercise.id);
/** Ids A and B have in common outside activation (three activation names cannot fill two disjoint pairs). */
const sharedOutsideActivation = (a: readonly TSessionItem[], b: readonly TSessionItem[]) => {
  const inB = new Set(ids(b));
  return a.filter((item) => item.exercise.category !== "activation" && inB.has(item.exercise.id)).map((item) => item.exercise.id);
};
const countOf = (items: readonly TSessionItem[], category: TExerciseCategory) =>
  items.filter((item) => item.exercise.category === category).length;
const pair = (options: Omit<TSelectSessionOptions, "slot">) => ({
  a: selectSessionExercises({ ...options, slot: "A" }),
  b: selectSessionExercises({ ...options, slot: "B" }),
});

describe("selectSessionExercises (DOMAIN.md section 5)", () => {
  it("property: every item is doable with the owned equipment, using one of the exercise's own sets", () => {
    fc.assert(
      fc.property(arbOptions, (options) => {
        for (const item of selectSessionExercises(options)) {
          expect(item.equipment.every((piece) => options.equipment.includes(piece))).toBe(true);
          expect(item.exercise.equipment).toContainEqual(item.equipment);
        }
      }),
      RUNS,
    );
  });

  it("property: every session covers glutes/hips, posterior chain, core and calves/ankles", () => {
    fc.assert(
      fc.property(arbOptions, (options) => {
        const items = selectSessionExercises(options);
        expect(coversFourCategories(items)).toBe(true);
        expect(countOf(items, "hinge")).toBeGreaterThanOrEqual(1);
        expect(countOf(items, "core")).toBeGreaterThanOrEqual(1);
        expect(countOf(items, "calf")).toBeGreaterThanOrEqual(1);
        expect(countOf(items, "activation") + countOf(items, "single-leg")).toBeGreaterThanOrEqual(1);
      }),
      RUNS,
    );
  });

  it("property: slots A and B share no exercise outside activation for any owned equipment", () => {
    fc.assert(
      fc.property(arbOptions, ({ minutes, equipment, includePower }) => {
        const { a, b } = pair({ minutes, equipment, includePower });
        expect(sharedOutsideActivation(a, b)).toEqual([]);
      }),
      RUNS,
    );
  });

  it("activation is two of clamshell, lateral band walk, glute bridge (one at 30 min)", () => {
    fc.assert(
      fc.property(arbOptions, ({ slot, minutes, equipment, includePower }) => {
        const picked = activationIds(selectSessionExercises({ slot, minutes, equipment, includePower }));
        expect(picked).toHaveLength(slot === "light" || minutes === 30 ? 1 : 2);
        for (const id of picked) expect(NAMED_ACTIVATIONS).toContain(id);
        if (!equipment.includes("loop-band")) expect(picked).not.toContain("lateral-band-walk");
        if (slot === "light") return;
        // B takes what A left first; it repeats one of A's only when the three names run out.
        const { a, b } = pair({ minutes, equipment, includePower });
        const [inA, inB] = [activationIds(a), activationIds(b)];
        const doable = NAMED_ACTIVATIONS.filter((id) => id !== "lateral-band-walk" || equipment.includes("loop-band"));
        const fresh = doable.filter((id) => !inA.includes(id));
        expect(inB.filter((id) => !inA.includes(id))).toHaveLength(Math.min(inB.length, fresh.length));
        if (doable.length >= inA.length + inB.length) expect(inB.filter((id) => inA.includes(id))).toEqual([]);
      }),
      RUNS,
    );
  });

  it("property: no exercise appears twice in one session and categories follow the session order", () => {
    fc.assert(
      fc.property(arbOptions, (options) => {
        const items = selectSessionExercises(options);
        expect(new Set(ids(items)).size).toBe(items.length);
        const ranks = items.map((item) => ORDER.indexOf(item.exercise.category));
        expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
        expect(items[0].exercise.category).toBe("activation");
      }),
      RUNS,
    );
  });

  it("property: the exercise count grows with session length (30 < 45 < 60) for A and B", () => {
    fc.assert(
      fc.property(fc.constantFrom("A" as const, "B" as const), fc.subarray([...EQUIPMENT]), fc.boolean(), (slot, equipment, includePower) => {
        const [short, medium, long] = MINUTES.map(
          (minutes) => selectSessionExercises({ slot, minutes, equipment, includePower }).length,
        );
        expect(short).toBeLessThan(medium);
        expect(medium).toBeLessThan(long);
      }),
      RUNS,
    );
  });

  it("property: the light slot is bodyweight only and the same whatever is owned", () => {
    const reference = selectSessionExercises({ slot: "light", minutes: 45, equipment: [], includePower: false });
    fc.assert(
      fc.property(arbOptions, ({ minutes, equipment, includePower }) => {
        const light = selectSessionExercises({ slot: "light", minutes, equipment, includePower });
        for (const item of light) expect(item.equipment).toEqual([]);
        expect(light).toEqual(reference);
      }),
      RUNS,
    );
  });

  it("property: deterministic (same options, same items) and never mutates its input", () => {
    fc.assert(
      fc.property(arbOptions, (options) => {
        const equipment = Object.freeze([...options.equipment]);
        const input = Object.freeze({ ...options, equipment });
        const snapshot = JSON.stringify(input);
        const first = selectSessionExercises(input);
        const second = selectSessionExercises({ ...options, equipment: [...options.equipment] });
        expect(JSON.stringify(first)).toBe(JSON.stringify(second));
        expect(JSON.stringify(input)).toBe(snapshot);
      }),
      RUNS,
    );
  });

  it("property: the sled drag (no sled in the equipment list) is never prescribed", () => {
    fc.assert(
      fc.property(arbOptions, (options) => {
        expect(ids(selectSessionExercises(options))).not.toContain("sled-drag");
      }),
      RUNS,
    );
  });

  it("returns fresh equipment arrays: changing a result cannot change the catalogue or the next result", () => {
    const hinge = (items: TSessionItem[]) => items.find((item) => item.exercise.category === "hinge")!;
    const first = selectSessionExercises({ slot: "A", minutes: 45, equipment: ["kettlebell"], includePower: false });
    expect(hinge(first).equipment).toEqual(["kettlebell"]);
    hinge(first).equipment.push("barbell");
    const second = selectSessionExercises({ slot: "A", minutes: 45, equipment: ["kettlebell"], includePower: false });
    expect(hinge(second).equipment).toEqual(["kettlebell"]);
    expect(hinge(second).exercise.equipment[0]).toEqual(["kettlebell"]);
  });

  describe("structure by session length", () => {
    it.each([
      [30, 1, 1],
      [45, 2, 2],
      [60, 2, 2],
    ] as const)("%i minutes: %i activation and %i core exercises, one hinge, one single-leg, one calf", (minutes, activation, core) => {
      for (const slot of ["A", "B"] as const) {
        const items = selectSessionExercises({ slot, minutes, equipment: FULL_GYM, includePower: false });
        expect(countOf(items, "activation")).toBe(activation);
        expect(countOf(items, "core")).toBe(core);
        expect(countOf(items, "hinge")).toBe(1);
        expect(countOf(items, "single-leg")).toBe(1);
        expect(countOf(items, "calf")).toBe(1);
      }
    });

    it("adds exactly one upper-body pull or push at 60 minutes only", () => {
      for (const minutes of MINUTES) {
        for (const equipment of [[], FULL_GYM]) {
          const { a, b } = pair({ minutes, equipment, includePower: false });
          expect(countOf(a, "upper")).toBe(minutes === 60 ? 1 : 0);
          expect(countOf(b, "upper")).toBe(minutes === 60 ? 1 : 0);
        }
      }
      const gym = pair({ minutes: 60, equipment: FULL_GYM, includePower: false });
      expect(ids(gym.a)).toContain("pull-up");
      expect(ids(gym.b)).toContain("push-up");
    });

    it("adds one power exercise only when includePower is set and the session is 60 minutes", () => {
      for (const minutes of MINUTES) {
        for (const includePower of [false, true]) {
          const { a, b } = pair({ minutes, equipment: FULL_GYM, includePower });
          const expected = includePower && minutes === 60 ? 1 : 0;
          expect(countOf(a, "power")).toBe(expected);
          expect(countOf(b, "power")).toBe(expected);
        }
      }
    });

    it("gives power work a band when one is owned (banded single-leg hip flexion), a bodyweight jump otherwise", () => {
      const banded = selectSessionExercises({ slot: "A", minutes: 60, equipment: ["long-band"], includePower: true });
      expect(banded.find((item) => item.exercise.category === "power")).toMatchObject({
        exercise: { id: "banded-single-leg-hip-flexion" },
        equipment: ["long-band"],
      });
      const { a, b } = pair({ minutes: 60, equipment: [], includePower: true });
      for (const items of [a, b]) {
        const power = items.find((item) => item.exercise.category === "power")!;
        expect(power.equipment).toEqual([]);
        expect(power.exercise.id).not.toBe("banded-single-leg-hip-flexion");
      }
    });

    it("light taper slot: one activation, one bodyweight hinge, two core and one calf exercise", () => {
      for (const minutes of MINUTES) {
        const light = selectSessionExercises({ slot: "light", minutes, equipment: FULL_GYM, includePower: true });
        expect(light.map((item) => item.exercise.category)).toEqual(["activation", "hinge", "core", "core", "calf"]);
        expect(coversFourCategories(light)).toBe(true);
      }
    });
  });

  describe("A and B differ", () => {
    it.each(MINUTES)("bodyweight only, %i minutes: complete, bodyweight sessions, disjoint outside activation", (minutes) => {
      for (const includePower of [false, true]) {
        const { a, b } = pair({ minutes, equipment: [], includePower });
        expect(sharedOutsideActivation(a, b)).toEqual([]);
        for (const items of [a, b]) {
          expect(coversFourCategories(items)).toBe(true);
          for (const item of items) expect(item.equipment).toEqual([]);
        }
        expect(a.length).toBe(b.length);
      }
    });

    it.each(MINUTES)("full gym, %i minutes: sessions of equal length, disjoint outside activation", (minutes) => {
      for (const includePower of [false, true]) {
        const { a, b } = pair({ minutes, equipment: FULL_GYM, includePower });
        expect(sharedOutsideActivation(a, b)).toEqual([]);
        expect(a.length).toBe(b.length);
      }
    });

    it("exhaustively: disjoint outside activation and four-category for every one of the 4096 equipment subsets at 60 minutes with power", () => {
      for (let mask = 0; mask < 1 << EQUIPMENT.length; mask++) {
        const equipment = EQUIPMENT.filter((_, index) => (mask & (1 << index)) !== 0);
        const { a, b } = pair({ minutes: 60, equipment, includePower: true });
        const shared = sharedOutsideActivation(a, b);
        if (shared.length > 0 || !coversFourCategories(a) || !coversFourCategories(b)) {
          throw new Error(`equipment ${equipment.join(",") || "(none)"}: shared ${shared.join(",")}`);
        }
      }
    });
  });

  describe("prefers the most effective variant the runner can do", () => {
    it("with a kettlebell: single-leg RDL with the kettlebell in A, kettlebell swing in B", () => {
      const { a, b } = pair({ minutes: 45, equipment: ["kettlebell"], includePower: false });
      expect(a.find((item) => item.exercise.category === "hinge")).toMatchObject({
        exercise: { id: "single-leg-romanian-deadlift" },
        equipment: ["kettlebell"],
      });
      expect(b.find((item) => item.exercise.category === "hinge")).toMatchObject({
        exercise: { id: "kettlebell-swing" },
        equipment: ["kettlebell"],
      });
    });

    it("bodyweight only: single-leg RDL and good morning without load", () => {
      const { a, b } = pair({ minutes: 45, equipment: [], includePower: false });
      expect(a.find((item) => item.exercise.category === "hinge")?.exercise.id).toBe("single-leg-romanian-deadlift");
      expect(b.find((item) => item.exercise.category === "hinge")?.exercise.id).toBe("good-morning");
    });

    it("activation picks: A lateral band walk + clamshell, B glute bridge + lateral band walk with a band; clamshell/glute bridge without", () => {
      for (const minutes of [45, 60] as const) {
        const banded = pair({ minutes, equipment: ["loop-band"], includePower: true });
        expect(activationIds(banded.a)).toEqual(["lateral-band-walk", "clamshell"]);
        expect(activationIds(banded.b)).toEqual(["glute-bridge", "lateral-band-walk"]);
        const bare = pair({ minutes, equipment: ["kettlebell", "step"], includePower: true });
        expect(activationIds(bare.a)).toEqual(["clamshell", "glute-bridge"]);
        expect(activationIds(bare.b)).toEqual(["glute-bridge", "clamshell"]);
      }
      const short = pair({ minutes: 30, equipment: [], includePower: false });
      expect([activationIds(short.a), activationIds(short.b)]).toEqual([["clamshell"], ["glute-bridge"]]);
      const shortBanded = pair({ minutes: 30, equipment: ["loop-band"], includePower: false });
      expect([activationIds(shortBanded.a), activationIds(shortBanded.b)]).toEqual([["lateral-band-walk"], ["glute-bridge"]]);
      for (const minutes of MINUTES) {
        expect(activationIds(selectSessionExercises({ slot: "light", minutes, equipment: FULL_GYM, includePower: false }))).toEqual(["glute-bridge"]);
      }
    });

    it("never prescribes the catalogue's other activation entries (side-lying hip abduction, single-leg glute bridge)", () => {
      fc.assert(
        fc.property(arbOptions, (options) => {
          const picked = ids(selectSessionExercises(options));
          expect(picked).not.toContain("side-lying-hip-abduction");
          expect(picked).not.toContain("single-leg-glute-bridge");
        }),
        RUNS,
      );
    });

    it("banded activations when a loop band is owned, bodyweight versions otherwise", () => {
      const banded = pair({ minutes: 45, equipment: ["loop-band"], includePower: false });
      for (const items of [banded.a, banded.b]) {
        for (const item of items.filter((entry) => entry.exercise.category === "activation")) {
          expect(item.equipment).toEqual(["loop-band"]);
        }
      }
      expect(ids(banded.a)).toContain("lateral-band-walk");
      const bare = pair({ minutes: 45, equipment: ["dumbbells"], includePower: false });
      expect(ids([...bare.a, ...bare.b])).not.toContain("lateral-band-walk");
      for (const item of [...bare.a, ...bare.b].filter((entry) => entry.exercise.category === "activation")) {
        expect(item.equipment).toEqual([]);
      }
    });

    it("loads the single-leg calf raise on a step when dumbbells and a step are owned", () => {
      const a = selectSessionExercises({ slot: "A", minutes: 30, equipment: ["step", "dumbbells"], includePower: false });
      expect(a.at(-1)).toMatchObject({ exercise: { id: "single-leg-calf-raise" }, equipment: ["step", "dumbbells"] });
    });

    it("only prescribes the Nordic curl with an anchor (bench, barbell or cable)", () => {
      fc.assert(
        fc.property(arbOptions, (options) => {
          const nordic = selectSessionExercises(options).find((item) => item.exercise.id === "nordic-curl");
          if (nordic) expect(["bench", "barbell", "cable"].some((piece) => options.equipment.includes(piece as TEquipment))).toBe(true);
        }),
        RUNS,
      );
      const b = selectSessionExercises({ slot: "B", minutes: 45, equipment: ["bench"], includePower: false });
      expect(ids(b)).toContain("nordic-curl");
    });

    it("matches the documented example for a kettlebell owner's 30-minute A session", () => {
      const a = selectSessionExercises({ slot: "A", minutes: 30, equipment: ["kettlebell"], includePower: false });
      expect(a.map((item) => [item.exercise.id, item.equipment])).toEqual([
        ["clamshell", []],
        ["single-leg-romanian-deadlift", ["kettlebell"]],
        ["split-squat", ["kettlebell"]],
        ["plank", []],
        ["single-leg-calf-raise", ["kettlebell"]],
      ]);
    });
  });

  describe("bad input", () => {
    it("rejects an unknown slot or session length with a clear error", () => {
      expect(() =>
        selectSessionExercises({ slot: "C" as "A", minutes: 45, equipment: [], includePower: false }),
      ).toThrow(/slot "C"/);
      expect(() =>
        selectSessionExercises({ slot: "A", minutes: 50 as 45, equipment: [], includePower: false }),
      ).toThrow(/30, 45 or 60/);
    });
  });
});
