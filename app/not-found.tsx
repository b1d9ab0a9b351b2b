import type { Metadata } from "next";
import { NotFoundPanel } from "@/components/plan-header/not-found-panel";

export const metadata: Metadata = { title: "Not found" };

export default function NotFound() {
  return (
    <NotFoundPanel title="We couldn't find that plan">
      <p>The page or plan you asked for isn&apos;t here. Check the link, or it may have been deleted.</p>
      <p>Building a new strength season takes about a minute.</p>
    </NotFoundPanel>
  );
}
