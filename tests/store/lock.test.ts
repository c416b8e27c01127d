import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withStoreLock } from '../../src/store/lock.js';
import { BIN } from '../helpers/cli.js';
import { SAMPLE_DIR, tempStore } from '../helpers/store.js';

const folder = () => mkdtempSync(join(tmpdir(), 'leads-lock-'));

/** The pid of a process that has ended: a killed writer's. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

describe('the store lock', () => {
  it('lets one holder in at a time', async () => {
    const dir = folder();
    const events: string[] = [];
    const hold = (name: string) =>
      withStoreLock(dir, async () => {
        events.push(`${name} in`);
        await new Promise((resolve) => setTimeout(resolve, 30));
        events.push(`${name} out`);
      });
    await Promise.all([hold('a'), hold('b'), hold('c')]);
    expect(events).toHaveLength(6);
    for (let i = 0; i < 6; i += 2) expect(events[i + 1]).toBe(events[i]!.replace(' in', ' out'));
  });

  it('takes over a lock whose holder has died', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'leads.lock'), `${deadPid()} ${hostname()} ${Date.now()} x\n`);
    expect(await withStoreLock(dir, async () => 'held', 500)).toBe('held');
  });

  it('takes over a lock untouched for over a minute, whoever it names (its holder would touch it every ten seconds)', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'leads.lock'), `${process.ppid} ${hostname()} 0 x\n`);
    const old = new Date(Date.now() - 2 * 60_000);
    utimesSync(join(dir, 'leads.lock'), old, old);
    expect(await withStoreLock(dir, async () => 'held', 500)).toBe('held');
  });

  it.each([
    ['a live process', () => `${process.ppid} ${hostname()} ${Date.now()} x\n`],
    ['another machine (judged by age alone)', () => `${deadPid()} elsewhere.example ${Date.now()} x\n`],
  ])('waits for a lock held by %s, then says the store is busy', async (_holder, content) => {
    const dir = folder();
    writeFileSync(join(dir, 'leads.lock'), content());
    const started = Date.now();
    await expect(withStoreLock(dir, async () => 'never', 300)).rejects.toMatchObject({
      kind: 'conflict',
      message: expect.stringMatching(/^the store is busy \(process \d+ on .+ holds .*leads\.lock\); re-run the command$/),
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
  });

  it('does not spin on a lock it cannot read', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'leads.lock'));
    await expect(withStoreLock(dir, async () => 'never', 200)).rejects.toMatchObject({ kind: 'conflict' });
  });

  it('holds `leads commit` back while another holder has the store, then lets it land', async () => {
    const { home, dir } = tempStore();
    let released = 0;
    let landed = null as { code: number | null; at: number } | null;
    await withStoreLock(dir, async () => {
      const child = spawn(process.execPath, [BIN, 'commit', join(SAMPLE_DIR, '00.txt'), '--date', '2026-03-14T01:00:00Z'], {
        env: { PATH: process.env.PATH ?? '', HOME: home, LEADS_STORE: dir },
      });
      child.on('close', (code) => (landed = { code, at: Date.now() }));
      // A commit takes a fraction of this; it must still be waiting when the lock is let go.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      released = Date.now();
    });
    while (landed === null) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(landed).toMatchObject({ code: 0 });
    expect(landed!.at).toBeGreaterThanOrEqual(released);
  });
});
