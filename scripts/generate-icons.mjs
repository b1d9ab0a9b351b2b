// Renders the web app manifest's PNG icons from app/icon.svg with the test Chromium, so the
// installable app, the favicon and the brand mark stay one drawing.
// Usage: node scripts/generate-icons.mjs (writes public/icons/*.png and public/favicon.ico; commit them).
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
  { file: "favicon-32.png", size: 32, maskable: false },
];

/**
 * Browsers ask for /favicon.ico whatever the page links to; a 404 there is a console error on
 * every page (Lighthouse's best practices). An ICO may hold a PNG as is (one directory entry).
 */
function pngToIco(png, size) {
  const header = Buffer.alloc(22);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size, 6);
  header.writeUInt8(size, 7);
  header.writeUInt8(0, 8); // no palette
  header.writeUInt8(0, 9);
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14);
  header.writeUInt32LE(22, 18); // offset of the image data
  return Buffer.concat([header, png]);
}

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
  const favicon = path.join(OUT, "favicon-32.png");
  fs.writeFileSync("public/favicon.ico", pngToIco(fs.readFileSync(favicon), 32));
  fs.rmSync(favicon);
  console.log("public/favicon.ico");
} finally {
  await browser.close();
}
