import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * A folder of ../shared/ (the domain reference beside the checkout), or null
 * when a fresh clone elsewhere has none: tests that need it then skip and say
 * why. Under CI=true it must be there, so a missing folder fails loudly
 * instead of letting CI pass by skipping.
 */
export function sharedDir(name: string): string | null {
  const dir = fileURLToPath(new URL(`../../../shared/${name}`, import.meta.url));
  if (existsSync(dir)) return dir;
  if (process.env.CI === 'true') {
    throw new Error(`CI=true but ${dir} is missing: CI must run the tests that read ../shared/${name}`);
  }
  console.warn(`skipping tests that read ../shared/${name}: the folder is not beside this checkout`);
  return null;
}
