"use client";

import { useEffect, useRef } from "react";
import { actionButtonClass } from "./styles";
import type { TSessionActionData } from "./types";

export type TMoveMenuProps = {
  id: string;
  data: Pick<TSessionActionData, "name" | "moves" | "putBack">;
  disabled: boolean;
  /** A date of the week, or null to put the session back where the engine placed it. */
  onChoose: (date: string | null, label: string) => void;
  onClose: () => void;
};

/**
 * The keyboard and phone way to move a session: only the week's legal dates are choices; the other
 * dates say why not, in the engine's words. Escape closes it and returns to the Move button.
 */
export function MoveMenu({ id, data, disabled, onChoose, onClose }: TMoveMenuProps) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => container.current?.querySelector("button")?.focus(), []);
  const legal = data.moves.filter((option) => option.ok && option.date !== data.putBack?.date);
  const blocked = data.moves.flatMap((option) => (option.ok ? [] : [option]));

  return (
    <div
      ref={container}
      id={id}
      role="group"
      aria-label={`Move ${data.name}`}
      className="rounded-lg border border-slate-300 p-3 dark:border-slate-600"
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <p className="text-sm font-semibold">Move to another day of this week</p>
      {data.putBack ? (
        <button type="button" className={`${actionButtonClass} mt-2 w-full justify-start sm:w-auto`} disabled={disabled} onClick={() => onChoose(null, data.putBack!.label)}>
          Put back on {data.putBack.label} (where the plan placed it)
        </button>
      ) : null}
      {legal.length > 0 ? (
        <ul className="mt-2 grid gap-2 sm:grid-cols-2" aria-label="Days you can move it to">
          {legal.map((option) => (
            <li key={option.date}>
              <button type="button" className={`${actionButtonClass} w-full justify-start`} disabled={disabled} onClick={() => onChoose(option.date, option.label)}>
                {option.label}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-sm">No other day of this week can take it.</p>
      )}
      {blocked.length > 0 ? (
        <>
          <p className="mt-3 text-sm font-semibold">Not possible</p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm text-slate-700 dark:text-slate-300">
            {blocked.map((option) => (
              <li key={option.date} data-date={option.date}>
                {option.why}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <button type="button" className={`${actionButtonClass} mt-3`} onClick={onClose}>
        Cancel
      </button>
    </div>
  );
}
