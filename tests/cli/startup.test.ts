import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, REPO_ROOT } from '../helpers/cli.js';
import { SAMPLE_STORY, commitSample, tempStore } from '../helpers/store.js';

const HOOK = join(REPO_ROOT, 'tests/helpers/record-imports.mjs');
const v = (n: number) => join(REPO_ROOT, `stories/quake-demo/0${n}.txt`);

/** The module URLs one `leads` run loads, recorded by a resolve hook. */
function modulesLoaded(args: string[], env: Record<string, string> = {}): string[] {
  const log = join(mkdtempSync(join(tmpdir(), 'leads-imports-')), 'imports.txt');
  const result = spawnSync(process.execPath, ['--import', HOOK, BIN, ...args], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), LEADS_IMPORT_LOG: log, ...env },
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
  return readFileSync(log, 'utf8').split('\n').filter(Boolean);
}

const gitSupport = (urls: string[]) => urls.filter((url) => url.includes('/node_modules/simple-git/'));
const htmlFormatter = (urls: string[]) => urls.filter((url) => /\/dist\/bundle\/html-[^/]*\.js$/.test(url));

describe('each command loads only what it uses', () => {
  it('the bin runs the bundle', () => {
    expect(modulesLoaded(['--version']).some((url) => url.endsWith('/dist/bundle/main.js'))).toBe(true);
  });

  it.each([
    ['--help', ['--help']],
    ['parse', ['parse', v(2)]],
    ['attn on two files', ['attn', v(2), v(3)]],
    ['diff on two files', ['diff', v(2), v(3), '--color', 'never']],
    ['check against a file', ['check', v(3), '--against', v(2)]],
  ])('%s does not load git support', (_name, args) => {
    const urls = modulesLoaded(args);
    expect(gitSupport(urls)).toEqual([]);
    expect(htmlFormatter(urls)).toEqual([]);
  });

  it('diff --format html loads the HTML formatter, and only then', () => {
    expect(htmlFormatter(modulesLoaded(['diff', v(2), v(3), '--format', 'html']))).toHaveLength(1);
  });

  it('store commands load simple-git when they read through it, and never the HTML formatter', () => {
    const { home, leads } = tempStore();
    commitSample(leads, 1);
    const env = { HOME: home, LEADS_STORE: join(home, 'desk') };
    for (const args of [['log', SAMPLE_STORY], ['show', SAMPLE_STORY]]) {
      const urls = modulesLoaded(args, env);
      expect(gitSupport(urls).length).toBeGreaterThan(0);
      expect(htmlFormatter(urls)).toEqual([]);
    }
    // A commit spawns each of its git commands directly (they read stdin or print nothing).
    const commit = modulesLoaded(['commit', v(2), '--fix-attn'], env);
    expect(gitSupport(commit)).toEqual([]);
    expect(htmlFormatter(commit)).toEqual([]);
  });
});
