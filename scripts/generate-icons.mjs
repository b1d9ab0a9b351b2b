// Renders the web app manifest's PNG icons from app/icon.svg with the test Chromium, so the
// installable app, the favicon and the brand mark stay one drawing.
// Usage: node scripts/generate-icons.mjs (writes public/icons/*.png; commit them).
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

const svg = fs.readFileSync("app/icon.svg", "utf8");
const OUT = "public/icons";
// "maskable": launchers crop to a circle or squircle, so the mark sits in the middle 80 % on a full-bleed background.
const ICONS = [
  { file: "icon-192.png", size: 192, maskable: false },
  { file: "icon-512.png", size: 512, maskable: false },
  { file: "icon-maskable-512.png", size: 512, maskable: true },
  { file: "apple-touch-icon.png", size: 180, maskable: true },
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
try {
  fs.mkdirSync(OUT, { recursive: true });
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    const inner = icon.maskable ? Math.round(icon.size * 0.8) : icon.size;
    const background = icon.maskable ? "#0f766e" : "transparent";
    await page.setContent(
      `<html><body style="margin:0;display:grid;place-items:center;width:${icon.size}px;height:${icon.size}px;background:${background}">` +
        `<div style="width:${inner}px;height:${inner}px">${svg.replace("<svg ", `<svg width="${inner}" height="${inner}" `)}</div></body></html>`,
    );
    await page.screenshot({ path: path.join(OUT, icon.file), omitBackground: !icon.maskable });
    await page.close();
    console.log(`${OUT}/${icon.file}`);
  }
} finally {
  await browser.close();
}
