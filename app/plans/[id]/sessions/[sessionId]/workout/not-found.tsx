import type { Metadata } from "next";
import { NotFoundPanel } from "@/components/plan-header/not-found-panel";

export const metadata: Metadata = { title: "Session not found" };

export default function WorkoutNotFound() {
  return (
    <NotFoundPanel title="We couldn't find that session">
      <p>This plan has no session at this link. It may have moved after the plan was edited: open the plan and start the workout from there.</p>
    </NotFoundPanel>
  );
}
