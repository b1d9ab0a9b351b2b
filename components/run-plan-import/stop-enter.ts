import type { KeyboardEvent } from "react";

/**
 * This component sits inside the planner's <form>: Enter in one of its inputs would otherwise
 * submit the whole plan (implicit submission).
 */
export function stopEnter(event: KeyboardEvent<HTMLElement>): void {
  if (event.key === "Enter") event.preventDefault();
}
