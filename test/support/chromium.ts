import { type Browser, chromium } from "playwright-core";

/**
 * Debian's Chromium, headless, as the tests and the benchmarks drive it. The background
 * networking flags matter here: without them Chromium keeps trying hosts this machine cannot
 * reach, many at a time.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}
