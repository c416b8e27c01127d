import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, runLeads, type CliResult } from './cli.js';

export const SAMPLE_DIR = join(REPO_ROOT, 'stories/quake-demo');
export const sampleLead = (n: number) => readFileSync(join(SAMPLE_DIR, `0${n}.txt`), 'utf8');
export const SAMPLE_STORY = 's-korea-earthquake-20260314';

/** Runs git as the tests' own user, outside any ambient git config. */
export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: dir, LC_ALL: 'C' },
    // A store has no branch, so `git fsck` says "HEAD points to an unborn branch" on stderr: keep it out of the
    // test output (a failing command still throws with its stderr).
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/**
 * A fresh store in a temporary folder with its own git identity, and a
 * `leads` runner bound to it (HOME is the temp folder, so no machine config leaks in).
 */
export function tempStore(name = 'desk'): {
  home: string;
  dir: string;
  leads: (args: string[], input?: string) => CliResult;
} {
  const home = mkdtempSync(join(tmpdir(), 'leads-store-'));
  const dir = join(home, name);
  const env = { HOME: home, LEADS_STORE: dir };
  const result = runLeads(['init'], { env });
  if (result.code !== 0) throw new Error(`leads init failed: ${result.stderr}`);
  git(dir, 'config', 'user.name', 'Test Desk');
  git(dir, 'config', 'user.email', 'desk@example.com');
  return { home, dir, leads: (args, input) => runLeads(args, { env, input: input ?? '' }) };
}

/** Commits the sample story's leads 0..upTo, an hour apart on March 14, 2026. */
export function commitSample(leads: (args: string[], input?: string) => CliResult, upTo = 4): void {
  for (let n = 0; n <= upTo; n++) {
    const result = leads(['commit', join(SAMPLE_DIR, `0${n}.txt`), '--date', `2026-03-14T0${n + 1}:00:00Z`]);
    if (result.code !== 0) throw new Error(`commit of lead ${n} failed: ${result.stderr}`);
  }
}
