import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

/** Debian's Chromium, which CI installs; playwright-core drives it. */
export const CHROMIUM = '/usr/bin/chromium';

/** Browser tests skip without Chromium, and say why, but never under CI=true, where it is always installed. */
export const skipBrowser = !existsSync(CHROMIUM) && process.env.CI !== 'true';

export function warnIfNoBrowser(what: string): void {
  if (skipBrowser) console.warn(`skipping ${what}: ${CHROMIUM} is missing (apt-get install chromium)`);
}

/** Chromium with a fresh empty profile (playwright's), kept off the (closed) network. */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
