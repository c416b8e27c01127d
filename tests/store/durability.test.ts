import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { Store } from '../../src/store/store.js';
import { BIN, runLeads } from '../helpers/cli.js';
import { SAMPLE_STORY, commitSample, git, sampleLead, tempStore } from '../helpers/store.js';

const env = (home: string) => ({ PATH: process.env.PATH ?? '', HOME: home, LC_ALL: 'C' });
const isRoot = process.getuid?.() === 0;

/** A new lead of the sample story: the 4th LD's text with one more paragraph, so no two are identical. */
function nextDraft(tag: string): string {
  return sampleLead(4).replace('(END)', `Desk ${tag} added this paragraph for the test.\n\n(END)`);
}

describe('a commit killed at any step', () => {
  it('leaves the story as it was, or with the new lead whole; git fsck stays clean', async () => {
    const { home, dir, leads } = tempStore();
    commitSample(leads, 2);
    const store = await Store.open(dir, env(home));
    const tip = (await store.tip(SAMPLE_STORY))!;
    const lead = {
      story: SAMPLE_STORY,
      parent: tip.commit,
      text: nextDraft('K'),
      author: { name: 'Test Desk', email: 'desk@example.com' },
      time: new Date('2026-03-14T06:00:00Z'),
      message: { lead: 3, story: SAMPLE_STORY, label: '3rd LD', headline: 'h', slug: null, attn: null },
    };
    const stepCount = store.writeSteps(lead).length;
    expect(stepCount).toBe(4);
    // Run only the first k steps, as a process killed after step k would have.
    for (let k = 0; k < stepCount; k++) {
      let value: string | null = null;
      for (const step of store.writeSteps(lead).slice(0, k)) value = await step(value);
      expect(git(dir, 'fsck', '--no-progress', '--no-dangling')).toBe('');
      expect((await store.tip(SAMPLE_STORY))!.commit).toBe(tip.commit);
      expect((await store.log(SAMPLE_STORY)).map((l) => l.lead)).toEqual([2, 1, 0]);
    }
    const written = await store.write(lead);
    expect((await store.tip(SAMPLE_STORY))!.commit).toBe(written);
    expect(git(dir, 'fsck', '--no-progress', '--no-dangling')).toBe('');
  });

  it('SIGKILL at random moments of real `leads commit` runs never loses a reported lead', async () => {
    const { home, dir, leads } = tempStore();
    commitSample(leads, 1);
    const draftDir = mkdtempSync(join(tmpdir(), 'leads-kill-'));
    let reported = 2;
    for (let attempt = 0; attempt < 12; attempt++) {
      const draft = join(draftDir, `${attempt}.txt`);
      writeFileSync(draft, nextDraft(`kill ${attempt}`));
      const child = spawn(process.execPath, [BIN, 'commit', draft, '--story', SAMPLE_STORY], {
        env: { ...env(home), LEADS_STORE: dir },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      const killer = setTimeout(() => child.kill('SIGKILL'), 60 + attempt * 25);
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      clearTimeout(killer);
      if (code === 0 && stdout.includes(SAMPLE_STORY)) reported++;
      expect(git(dir, 'fsck', '--no-progress', '--no-dangling')).toBe('');
      const log = JSON.parse(runLeads(['log', SAMPLE_STORY, '--json'], { env: { HOME: home, LEADS_STORE: dir } }).stdout);
      // Every reported lead is there; a killed one may have landed without being reported.
      expect(log.length).toBeGreaterThanOrEqual(reported);
      reported = log.length;
    }
  }, 60_000);
});

describe('two desks committing the same story at the same moment', () => {
  it('each commit lands with the next lead number or fails with exit 3; nothing is lost', async () => {
    const { home, dir, leads } = tempStore();
    commitSample(leads, 0);
    const draftDir = mkdtempSync(join(tmpdir(), 'leads-race-'));
    const desk = (name: string) =>
      new Promise<{ landed: number; conflicts: string[] }>((resolve, reject) => {
        const script = `
          const { spawnSync } = require('node:child_process');
          const { writeFileSync } = require('node:fs');
          const out = [];
          for (let i = 0; i < 20; i++) {
            const file = ${JSON.stringify(draftDir)} + '/${name}-' + i + '.txt';
            writeFileSync(file, process.env.DRAFT.replace('(END)', 'Desk ${name} update ' + i + ' for the race test.\\n\\n(END)'));
            const r = spawnSync(process.execPath, [${JSON.stringify(BIN)}, 'commit', file, '--story', ${JSON.stringify(SAMPLE_STORY)}], { encoding: 'utf8' });
            out.push({ code: r.status, stderr: r.stderr });
          }
          process.stdout.write(JSON.stringify(out));`;
        const child = spawn(process.execPath, ['-e', script], {
          // No ATTN line in the drafts: the writer's line always agrees with the copy.
          env: { ...env(home), LEADS_STORE: dir, DRAFT: sampleLead(1).replace(/^\(ATTN:.*\n/m, '') },
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        let stdout = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.on('error', reject);
        child.on('close', () => {
          const results = JSON.parse(stdout) as { code: number; stderr: string }[];
          for (const r of results) if (r.code !== 0 && r.code !== 3) reject(new Error(`unexpected exit ${r.code}: ${r.stderr}`));
          resolve({ landed: results.filter((r) => r.code === 0).length, conflicts: results.filter((r) => r.code === 3).map((r) => r.stderr) });
        });
      });
    const [a, b] = await Promise.all([desk('A'), desk('B')]);
    for (const message of [...a.conflicts, ...b.conflicts]) {
      expect(message).toMatch(
        /^leads: story s-korea-earthquake-20260314 moved on to lead (\d+) while you were editing; re-run to commit as lead \d+\n$/,
      );
    }
    const log = JSON.parse(leads(['log', SAMPLE_STORY, '--json']).stdout) as { lead: number; label: string | null; commit: string }[];
    expect(log).toHaveLength(1 + a.landed + b.landed);
    expect(log.map((l) => l.lead)).toEqual(log.map((_, i) => log.length - 1 - i));
    for (const entry of log) {
      const text = parseArticle(git(dir, 'cat-file', 'blob', `${entry.commit}:lead.txt`));
      expect(text.label?.lead ?? 0).toBe(entry.lead);
      expect(entry.label).toBe(text.label?.text ?? null);
    }
    // One line of parents, no merges, and a clean repository.
    expect(git(dir, 'rev-list', '--count', `refs/leads/${SAMPLE_STORY}`).trim()).toBe(String(log.length));
    expect(git(dir, 'rev-list', '--merges', `refs/leads/${SAMPLE_STORY}`)).toBe('');
    expect(git(dir, 'fsck', '--no-progress', '--no-dangling')).toBe('');
  }, 120_000);
});

describe('a read-only store', () => {
  // Switching to an unprivileged user needs root: elsewhere the test skips, but never under CI.
  if (!isRoot && process.env.CI !== 'true') console.warn('skipping the read-only store test: it needs root for setpriv');
  it.skipIf(!isRoot && process.env.CI !== 'true')('refuses to commit or pull as a user who cannot write, with a clear error, and stays intact', () => {
    const { home, dir, leads } = tempStore();
    commitSample(leads, 1);
    chmodSync(home, 0o755);
    const nobodyHome = mkdtempSync(join(tmpdir(), 'leads-nobody-'));
    chmodSync(nobodyHome, 0o777);
    writeFileSync(join(nobodyHome, '.gitconfig'), `[safe]\n\tdirectory = ${dir}\n[user]\n\tname = Nobody\n\temail = nobody@example.com\n`);
    chmodSync(join(nobodyHome, '.gitconfig'), 0o644);
    const draft = join(nobodyHome, 'draft.txt');
    writeFileSync(draft, nextDraft('R'));
    chmodSync(draft, 0o644);
    const before = git(dir, 'for-each-ref');
    const run = (args: string[]) =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, BIN, ...args], {
          env: { ...env(nobodyHome), LEADS_STORE: dir },
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
        child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
        child.on('close', (code) => resolve({ code, stdout, stderr }));
      });
    return (async () => {
      const readable = await run(['log', SAMPLE_STORY, '--json']);
      expect(readable.code).toBe(0);
      const result = await run(['commit', draft]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^leads: the store is read-only \(.*\); check the folder's permissions\n$/);
      expect(git(dir, 'for-each-ref')).toBe(before);
      expect(git(dir, 'fsck', '--no-progress')).toBe('');
      // pull writes FETCH_HEAD and refs: the same clear refusal, not a bug report.
      const other = tempStore();
      commitSample(other.leads, 2);
      chmodSync(other.home, 0o755);
      const pulled = await run(['pull', other.dir]);
      expect(pulled.code).toBe(2);
      expect(pulled.stderr).toMatch(/^leads: the store is read-only \(.*\); check the folder's permissions\n$/);
      expect(git(dir, 'for-each-ref')).toBe(before);
    })();
  });

});

describe('--new losing a race', () => {
  it('says to continue the story the other desk started, not to start yet another', async () => {
    const a = tempStore();
    const b = tempStore();
    commitSample(a.leads, 0);
    // Desk B has already made the story desk A's --new is about to start.
    expect(b.leads(['commit', '-', '--story', `${SAMPLE_STORY}-2`], sampleLead(0)).code).toBe(0);
    // Hold the store lock so that A's commit waits between reading the store and moving its ref.
    const lock = join(a.dir, 'leads.lock');
    writeFileSync(lock, `${process.pid} test ${Date.now()} hold\n`);
    const child = spawn(process.execPath, [BIN, 'commit', '-', '--new', '--date', '2026-03-14T02:00:00Z'], { env: { ...env(a.home), LEADS_STORE: a.dir } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin.end(sampleLead(0).replace('4:12 a.m.', '4:13 a.m.'));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    git(a.dir, 'fetch', '--quiet', b.dir, `refs/leads/${SAMPLE_STORY}-2:refs/leads/${SAMPLE_STORY}-2`);
    unlinkSync(lock);
    expect(await exited).toBe(3);
    expect(stderr).toBe(
      `leads: another desk started ${SAMPLE_STORY}-2 at the same moment; to add this lead to it, re-run with --story ${SAMPLE_STORY}-2 instead of --new\n`,
    );
    expect(git(a.dir, 'rev-list', '--count', `refs/leads/${SAMPLE_STORY}-2`).trim()).toBe('1');
  }, 30_000);
});
