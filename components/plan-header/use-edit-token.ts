"use client";

import { useSyncExternalStore } from "react";
import { readEditToken } from "@/components/planner-form/edit-token-storage";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("storage", onChange);
  return () => window.removeEventListener("storage", onChange);
}

/**
 * The plan's edit token when this browser holds it, else null. The server render (and the first
 * render while hydrating) is null: the token only ever lives in the browser, so owner controls
 * appear after hydration and never reach the HTML.
 */
export function useEditToken(planId: string): string | null {
  return useSyncExternalStore(
    subscribe,
    () => readEditToken(planId),
    () => null,
  );
}
