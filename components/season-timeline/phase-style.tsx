import type { TPhaseKind } from "@/lib/engine/types";

/**
 * Each phase has a colour AND a texture (solid, diagonal stripes, dots, cross-hatch), so the
 * season still reads in black-and-white print and for runners who cannot tell the colours apart.
 */
const STROKE: Record<TPhaseKind, string> = {
  general: "fill-sky-700 stroke-sky-700 dark:fill-sky-400 dark:stroke-sky-400",
  "race-specific": "fill-amber-600 stroke-amber-600 dark:fill-amber-400 dark:stroke-amber-400",
  taper: "fill-violet-600 stroke-violet-600 dark:fill-violet-400 dark:stroke-violet-400",
  recovery: "fill-emerald-700 stroke-emerald-700 dark:fill-emerald-400 dark:stroke-emerald-400",
};

const TINT: Record<TPhaseKind, string> = {
  general: "fill-sky-700 dark:fill-sky-400",
  "race-specific": "fill-amber-100 dark:fill-amber-950",
  taper: "fill-violet-100 dark:fill-violet-950",
  recovery: "fill-emerald-50 dark:fill-emerald-950",
};

/** The tile of one phase's texture, drawn in a `size` x `size` box. */
function PhaseTile({ kind, size }: { kind: TPhaseKind; size: number }) {
  const s = size;
  return (
    <>
      <rect width={s} height={s} className={`${TINT[kind]} print:fill-white`} />
      {kind === "race-specific" ? (
        <path d={`M0,${s} L${s},0 M${-s / 2},${s / 2} L${s / 2},${-s / 2} M${s / 2},${s * 1.5} L${s * 1.5},${s / 2}`} strokeWidth={s / 3.2} className={STROKE[kind]} />
      ) : null}
      {kind === "taper" ? (
        <>
          <circle cx={s / 4} cy={s / 4} r={s / 6} className={STROKE[kind]} strokeWidth={0} />
          <circle cx={(3 * s) / 4} cy={(3 * s) / 4} r={s / 6} className={STROKE[kind]} strokeWidth={0} />
        </>
      ) : null}
      {kind === "recovery" ? (
        <path d={`M0,${s / 2} H${s} M${s / 2},0 V${s}`} strokeWidth={s / 8} className={STROKE[kind]} fill="none" />
      ) : null}
      {kind === "general" ? <rect width={s} height={s} className={`${STROKE[kind]} print:fill-slate-800`} /> : null}
    </>
  );
}

/** `<pattern>`s named `${prefix}-${kind}`; render once per SVG and fill with `url(#…)`. */
export function PhasePatternDefs({ prefix }: { prefix: string }) {
  const kinds: TPhaseKind[] = ["general", "race-specific", "taper", "recovery"];
  return (
    <defs>
      {kinds.map((kind) => (
        <pattern key={kind} id={`${prefix}-${kind}`} width={8} height={8} patternUnits="userSpaceOnUse">
          <PhaseTile kind={kind} size={8} />
        </pattern>
      ))}
    </defs>
  );
}

/** Outline class for a phase shape (so light textures keep a visible edge). */
export function phaseOutlineClass(kind: TPhaseKind): string {
  return STROKE[kind].split(" ").filter((c) => c.includes("stroke-")).join(" ");
}

/** A small legend square showing the phase's colour and texture. */
export function PhaseSwatch({ kind, size = 14 }: { kind: TPhaseKind; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false" className="inline-block shrink-0 align-middle">
      <svg width={16} height={16} overflow="hidden">
        <PhaseTile kind={kind} size={16} />
      </svg>
      <rect x={0.5} y={0.5} width={15} height={15} fill="none" strokeWidth={1} className={phaseOutlineClass(kind)} />
    </svg>
  );
}
