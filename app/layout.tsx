import type { Metadata, Viewport } from "next";
import "./globals.css";
import { ServiceWorkerRegistrar } from "@/lib/offline/service-worker-registrar";

export const metadata: Metadata = {
  title: { default: "Stridelift: strength training planned around your running", template: "%s · Stridelift" },
  description:
    "Stridelift builds a strength season around your races and weekly runs: two sessions a week on the right days, fewer sets in the race block, a clean taper, in your calendar.",
  icons: { apple: "/icons/apple-touch-icon.png" },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0b0f14" },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        {children}
        <ServiceWorkerRegistrar />
      </body>
    </html>
  );
}
