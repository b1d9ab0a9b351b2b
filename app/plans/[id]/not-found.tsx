import type { Metadata } from "next";
import { NotFoundPanel } from "@/components/plan-header/not-found-panel";

export const metadata: Metadata = { title: "Plan not found" };

export default function PlanNotFound() {
  return (
    <NotFoundPanel title="We couldn't find that plan">
      <p>There is no plan at this link. Check that you copied the whole address, or the plan may have been deleted.</p>
      <p>Building a new strength season takes about a minute.</p>
    </NotFoundPanel>
  );
}
