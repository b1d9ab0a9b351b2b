import type { MetadataRoute } from "next";

/** The web app manifest (/manifest.webmanifest): Stridelift installs like an app, for the gym. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Stridelift: strength training planned around your running",
    short_name: "Stridelift",
    description: "Your strength season around your runs, with a workout mode that works in the gym without signal.",
    id: "/",
    start_url: "/",
    scope: "/",
    display: "standalone",
    orientation: "portrait",
    background_color: "#ffffff",
    theme_color: "#0f766e",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
    ],
  };
}
