import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';
import { SAMPLE_DIR, git, sampleLead, tempStore } from '../helpers/store.js';

/** An archive folder: the sample story as one story, with a times.tsv, and a second story without one. */
function archive(): string {
  const root = mkdtempSync(join(tmpdir(), 'leads-archive-'));
  const quake = join(root, 'quake-20260314');
  cpSync(SAMPLE_DIR, quake, { recursive: true });
  writeFileSync(join(quake, 'times.tsv'), ['00.txt', '01.txt', '02.txt', '03.txt', '04.txt'].map((f, i) => `${f}\t2026-03-14T0${i + 1}:00:00Z`).join('\n'));
  const other = join(root, 'port-strike-20261103');
  mkdirSync(other);
  writeFileSync(join(other, 'a.txt'), 'S Korea-port strike\nDock workers walk out\nBUSAN, Nov. 3 (Hangang News) -- Dock workers walked out.\n\n(END)\n');
  utimesSync(join(other, 'a.txt'), new Date('2026-11-03T01:00:00Z'), new Date('2026-11-03T01:00:00Z'));
  return root;
}

describe('leads import', () => {
  it('commits each story folder as published, times from times.tsv or the file, the tool\'s line in trailers', () => {
    const { dir, leads } = tempStore();
    const root = archive();
    const result = leads(['import', root]);
    expect(result).toMatchObject({ code: 0, stdout: 'imported 6, skipped 0 already stored, failed 0; 2 stories\n' });
    const log = JSON.parse(leads(['log', 'quake-20260314', '--json']).stdout);
    expect(log.map((l: { label: string | null; time: string }) => [l.label, l.time])).toEqual([
      ['4th LD', '2026-03-14T05:00:00+00:00'],
      ['3rd LD', '2026-03-14T04:00:00+00:00'],
      ['2nd LD', '2026-03-14T03:00:00+00:00'],
      ['LEAD', '2026-03-14T02:00:00+00:00'],
      [null, '2026-03-14T01:00:00+00:00'],
    ]);
    // Stored exactly as published: the file's own text, label and ATTN line.
    expect(leads(['show', 'quake-20260314', '2']).stdout).toBe(sampleLead(2));
    const message = git(dir, 'log', '-1', '--format=%B', 'refs/leads/quake-20260314');
    expect(message).toContain("Leads-Attn: (ATTN: CORRECTS typo in 4th para; ADDS interior ministry's comments last 2 paras)");
    expect(message).toContain('Leads-Check: agrees');
    expect(message).toContain('Imported-From: 04.txt');
    expect(JSON.parse(leads(['log', 'port-strike-20261103', '--json']).stdout)[0].time).toBe('2026-11-03T01:00:00+00:00');
  });

  it('is resumable: a second run skips what is stored and adds what is new', () => {
    const { leads } = tempStore();
    const root = archive();
    leads(['import', root]);
    writeFileSync(join(root, 'port-strike-20261103', 'b.txt'), '(LEAD) S Korea-port strike\n(LEAD) Dock workers walk out\nBUSAN, Nov. 3 (Hangang News) -- Dock workers walked out.\n\nTalks resume Wednesday.\n\n(END)\n');
    expect(leads(['import', root]).stdout).toBe('imported 1, skipped 6 already stored, failed 0; 2 stories\n');
  });

  it('reports a story whose stored history disagrees, and rewrites nothing', () => {
    const { dir, leads } = tempStore();
    const root = archive();
    leads(['import', root]);
    const before = git(dir, 'for-each-ref');
    writeFileSync(join(root, 'quake-20260314', '01.txt'), sampleLead(1).replace('four aftershocks', 'five aftershocks'));
    const result = leads(['import', root]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('leads: quake-20260314: lead 1 in the store differs from');
    expect(git(dir, 'for-each-ref')).toBe(before);
  });

  it('reports a file that fails to parse with its path, skips it, and exits 2', () => {
    const { leads } = tempStore();
    const root = archive();
    writeFileSync(join(root, 'port-strike-20261103', 'b.txt'), '   \n');
    const result = leads(['import', root]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`leads: ${join(root, 'port-strike-20261103', 'b.txt')}: the text is empty (nothing but whitespace); give the file that holds the lead; skipped\n`);
    expect(result.stdout).toBe('imported 6, skipped 0 already stored, failed 1; 2 stories\n');
  });

  it('refuses a folder name that is not a story id, and a missing folder', () => {
    const { leads } = tempStore();
    const root = archive();
    mkdirSync(join(root, 'Bad Name'));
    writeFileSync(join(root, 'Bad Name', 'x.txt'), 'x\n');
    const result = leads(['import', root]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("'Bad Name' is not a story id");
    expect(leads(['import', join(root, 'nowhere')])).toMatchObject({ code: 2 });
  });
});

/** An archive of story folders, each file copied from the sample story by number, or written out. */
function archiveOf(stories: Record<string, Record<string, number | string>>): string {
  const root = mkdtempSync(join(tmpdir(), 'leads-archive-'));
  for (const [story, files] of Object.entries(stories)) {
    mkdirSync(join(root, story));
    for (const [file, lead] of Object.entries(files)) writeFileSync(join(root, story, file), typeof lead === 'number' ? sampleLead(lead) : lead);
  }
  return root;
}

/** A lead of a made-up ferry story, a paragraph more for each update. */
function ferryLead(label: string | null, updates: number): string {
  const tag = label === null ? '' : `(${label}) `;
  const paras = ['MOKPO, Nov. 4 (Hangang News) -- A ferry ran aground off Mokpo early Wednesday.'];
  for (let k = 1; k <= updates; k++) paras.push(`Update ${k}: the coast guard moved more passengers ashore.`);
  return `${tag}S Korea-ferry\n${tag}Ferry runs aground off Mokpo\n${paras.join('\n\n')}\n\n(END)\n`;
}

type LogRow = { lead: number; label: string | null; missing?: true; commit: string | null };
const logOf = (leads: (args: string[]) => { stdout: string }, story: string): LogRow[] => JSON.parse(leads(['log', story, '--json']).stdout);

describe('leads import numbers leads by their published labels', () => {
  it('keeps a gap as a gap: a first version, a (LEAD) and a (3rd LD) are leads 0, 1 and 3', () => {
    const { dir, leads } = tempStore();
    const root = archiveOf({ 'quake-gap': { '00.txt': 0, '01.txt': 1, '02.txt': 3 } });
    expect(leads(['import', root])).toMatchObject({ code: 0, stdout: 'imported 3, skipped 0 already stored, failed 0; 1 stories\n' });
    expect(logOf(leads, 'quake-gap').map(({ lead, label, missing }) => [lead, label, missing ?? false])).toEqual([
      [3, '3rd LD', false],
      [2, '2nd LD', true],
      [1, 'LEAD', false],
      [0, null, false],
    ]);
    expect(logOf(leads, 'quake-gap')[1]).toEqual({ lead: 2, label: '2nd LD', missing: true, time: null, author: null, headline: null, attn: null, commit: null });
    expect(leads(['log', 'quake-gap']).stdout.split('\n')[2]).toMatch(/^missing {2}\s+ 2nd LD {3}not in the archive the story was imported from$/);

    expect(leads(['show', 'quake-gap', '3rd LD'])).toMatchObject({ code: 0, stdout: sampleLead(3) });
    expect(leads(['show', 'quake-gap', '3'])).toMatchObject({ code: 0, stdout: sampleLead(3) });
    expect(leads(['show', 'quake-gap', '2nd LD'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'leads: lead 2 (2nd LD) of quake-gap is missing from the archive the story was imported from; it has leads 0 to 1, 3\n',
    });
    // One number compares the lead with the one stored before it: the (LEAD), across the gap.
    expect(leads(['diff', 'quake-gap', '3', '--stat']).stdout).toBe(leads(['diff', 'quake-gap', '1', '3', '--stat']).stdout);
    expect(leads(['attn', 'quake-gap', '3']).stdout).toBe(leads(['attn', 'quake-gap', '1', '3']).stdout);
    expect(leads(['attn', 'quake-gap', '3']).code).toBe(0);
    // The headline changed in the 3rd LD or in the missing 2nd LD: blame cannot say which.
    expect(leads(['blame', 'quake-gap', '3rd LD']).stdout.split('\n')[1]).toMatch(/^hed {2}first version {6}3rd LD or earlier {2}2 hurt as/);
    // The 3rd LD's ATTN line speaks of the 2nd LD the archive lacks: leads neither writes nor checks one for it.
    const messages = git(dir, 'log', '--format=%B%x00', 'refs/leads/quake-gap').split('\0');
    expect(messages[0]).toContain('Lead: 3\n');
    expect(messages[0]).not.toContain('Leads-Attn');
    expect(messages[0]).not.toContain('Leads-Check');
    expect(messages[1]).toContain('Leads-Check: ');

    const next = leads(['commit', join(SAMPLE_DIR, '04.txt'), '--story', 'quake-gap']);
    expect(next.code).toBe(0);
    expect(logOf(leads, 'quake-gap')[0]).toMatchObject({ lead: 4, label: '4th LD' });
    expect(leads(['show', 'quake-gap', '4th LD']).stdout.split('\n')[0]).toBe('(4th LD) S Korea-earthquake');
    // The export's previous version is the lead stored before: version 2 (the LEAD), not the missing 2nd LD.
    const exported = JSON.parse(leads(['export', 'quake-gap', '3']).stdout);
    expect(exported.version).toBe('4');
    expect(exported.associations[0]).toMatchObject({ rel: 'previousVersion', version: '2' });
  });

  it('stores the leads of an archive that starts at a (2nd LD) under their own numbers', () => {
    const { dir, leads } = tempStore();
    const root = archiveOf({ 'quake-b': { '02.txt': 2, '03.txt': 3, '04.txt': 4 } });
    expect(leads(['import', root]).code).toBe(0);
    expect(leads(['show', 'quake-b', '2nd LD'])).toMatchObject({ code: 0, stdout: sampleLead(2) });
    expect(leads(['show', 'quake-b', '4'])).toMatchObject({ code: 0, stdout: sampleLead(4) });
    expect(logOf(leads, 'quake-b').map(({ lead, missing }) => [lead, missing ?? false])).toEqual([
      [4, false],
      [3, false],
      [2, false],
      [1, true],
      [0, true],
    ]);
    expect(leads(['show', 'quake-b', 'LEAD'])).toMatchObject({ code: 2, stderr: 'leads: lead 1 (LEAD) of quake-b is missing from the archive the story was imported from; it has leads 2 to 4\n' });
    expect(leads(['diff', 'quake-b', '2'])).toMatchObject({ code: 2, stdout: '' });
    expect(leads(['diff', 'quake-b', '2']).stderr).toMatch(/^leads: lead 2 \(2nd LD\) is the earliest lead of quake-b in the store: .* none to compare it with\n$/);
    expect(leads(['diff', 'quake-b', '3', '--stat']).stdout).toBe(leads(['diff', 'quake-b', '2', '3', '--stat']).stdout);
    expect(git(dir, 'log', '-1', '--format=%B', 'refs/leads/quake-b')).toContain('Lead: 4\n');
  });

  it('re-imports a gapped archive as already stored, and refuses a lead that would go in below later ones', () => {
    const { dir, leads } = tempStore();
    const root = archiveOf({ 'quake-gap': { '00.txt': 0, '01.txt': 1, '03.txt': 3 } });
    leads(['import', root]);
    const before = git(dir, 'for-each-ref');
    expect(leads(['import', root])).toMatchObject({ code: 0, stdout: 'imported 0, skipped 3 already stored, failed 0; 1 stories\n' });
    expect(git(dir, 'for-each-ref')).toBe(before);
    // A later (4th LD) goes on after the highest: it is new, the rest stored.
    writeFileSync(join(root, 'quake-gap', '04.txt'), sampleLead(4));
    expect(leads(['import', root])).toMatchObject({ code: 0, stdout: 'imported 1, skipped 3 already stored, failed 0; 1 stories\n' });
    // The missing 2nd LD turns up: git history cannot take it under the 3rd and 4th, so the story is left alone.
    const filled = git(dir, 'for-each-ref');
    writeFileSync(join(root, 'quake-gap', '02.txt'), sampleLead(2));
    const result = leads(['import', root]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `leads: quake-gap: ${join(root, 'quake-gap', '02.txt')} (2nd LD) is lead 2, which the store lacks though it holds leads up to 4; a lead cannot go in below later ones, so the story was not changed (3 leads not imported)\n`,
    );
    expect(git(dir, 'for-each-ref')).toBe(filled);
  });

  it('matches a re-import by number: an archive that agrees with a story committed lead by lead is already stored', () => {
    const { leads } = tempStore();
    for (const [n, date] of [[0, '01'], [1, '02'], [2, '03']] as const) {
      expect(leads(['commit', join(SAMPLE_DIR, `0${n}.txt`), '--story', 'quake-c', '--date', `2026-03-14T${date}:00:00Z`]).code).toBe(0);
    }
    // The archive caught the first version and the 2nd LD only, as the store has them.
    const root = archiveOf({ 'quake-c': { '00.txt': leads(['show', 'quake-c', '0']).stdout, '02.txt': leads(['show', 'quake-c', '2']).stdout, '03.txt': 3 } });
    expect(leads(['import', root])).toMatchObject({ code: 0, stdout: 'imported 1, skipped 2 already stored, failed 0; 1 stories\n' });
    expect(logOf(leads, 'quake-c').map(({ lead, label }) => [lead, label])).toEqual([
      [3, '3rd LD'],
      [2, '2nd LD'],
      [1, 'LEAD'],
      [0, null],
    ]);
  });

  it.each([
    [
      'a (2nd LD) after a (3rd LD)',
      { '00.txt': ferryLead(null, 0), '01.txt': ferryLead('LEAD', 1), '02.txt': ferryLead('3rd LD', 2), '03.txt': ferryLead('2nd LD', 3) },
      '03.txt (2nd LD) is lead 2, but it comes after 02.txt (3rd LD), lead 3: the labels contradict the file order',
    ],
    [
      'a re-sent (LEAD)',
      { '00.txt': ferryLead(null, 0), '01.txt': ferryLead('LEAD', 1), '02.txt': ferryLead('LEAD', 2), '03.txt': ferryLead('2nd LD', 3) },
      '02.txt (LEAD) is lead 1, but it comes after 01.txt (LEAD), lead 1: a lead number cannot repeat (a re-sent lead?)',
    ],
  ])('reports a story with %s, imports none of it, and imports the other stories', (_name, files, why) => {
    const { leads } = tempStore();
    const root = archiveOf({ 'ferry-20261104': files, 'quake-b': { '02.txt': 2, '03.txt': 3 } });
    const result = leads(['import', root]);
    expect(result).toEqual({
      code: 2,
      stdout: 'imported 2, skipped 0 already stored, failed 4; 2 stories\n',
      stderr: `leads: ferry-20261104: ${join(root, 'ferry-20261104')}/${why}; fix the label or the file names, and re-run (4 leads not imported)\n`,
    });
    expect(leads(['log', 'ferry-20261104'])).toMatchObject({ code: 2, stdout: '' });
    expect(logOf(leads, 'quake-b').map((row) => row.lead)).toEqual([3, 2, 1, 0]);
  });
});

describe('leads import of an archive whose later leads carry no label', () => {
  it('numbers each after the one before, and log names it by its number, not as a first version', () => {
    const { leads } = tempStore();
    const root = archiveOf({ 'ferry-20261104': { '00.txt': ferryLead(null, 0), '01.txt': ferryLead(null, 1), '02.txt': ferryLead('2nd LD', 2) } });
    expect(leads(['import', root]).code).toBe(0);
    expect(logOf(leads, 'ferry-20261104').map((row) => [row.lead, row.label])).toEqual([[2, '2nd LD'], [1, null], [0, null]]);
    const leadLines = leads(['log', 'ferry-20261104']).stdout.split('\n').filter((line) => /^[0-9a-f]{7} /.test(line));
    expect(leadLines.map((line) => /^\S+ {2}\S+ {2}(.*)$/.exec(line)?.[1])).toEqual(['2nd LD           Ferry runs aground off Mokpo', 'lead 1, no label Ferry runs aground off Mokpo', 'first            Ferry runs aground off Mokpo']);
  });
});

describe('leads import checks the times it is given', () => {
  // A lead from the future would make every later commit to the story fail: no lead may precede the one before it.
  it.each([
    ['later than now', '2099-01-01T00:00:00Z', 'moved at 2099-01-01T00:00:00.000Z, later than now'],
    ['before the lead it follows', '2026-11-04T00:30:00Z', 'moved at 2026-11-04T00:30:00.000Z, before the lead it follows (2026-11-04T01:00:00.000Z)'],
  ])('reports a story whose times.tsv gives a time %s, imports none of it, and imports the other stories', (_name, time, why) => {
    const { leads } = tempStore();
    const root = archiveOf({ 'ferry-20261104': { '00.txt': ferryLead(null, 0), '01.txt': ferryLead('LEAD', 1) }, 'quake-b': { '02.txt': 2, '03.txt': 3 } });
    writeFileSync(join(root, 'ferry-20261104', 'times.tsv'), `00.txt\t2026-11-04T01:00:00Z\n01.txt\t${time}\n`);
    const result = leads(['import', root]);
    expect(result).toEqual({
      code: 2,
      stdout: 'imported 2, skipped 0 already stored, failed 2; 2 stories\n',
      stderr: `leads: ferry-20261104: ${join(root, 'ferry-20261104', '01.txt')} ${why}: fix its time in times.tsv (or the file's time), and re-run; the story was not changed (2 leads not imported)\n`,
    });
    expect(leads(['log', 'ferry-20261104'])).toMatchObject({ code: 2, stdout: '' });
    expect(logOf(leads, 'quake-b').map((row) => row.lead)).toEqual([3, 2, 1, 0]);
  });
});

/** Waits until no process runs in a folder (git runs in the store): Linux's /proc tells; elsewhere, a pause. */
async function untilNoProcessIn(dir: string): Promise<void> {
  if (!existsSync('/proc/self/cwd')) return new Promise((resolve) => setTimeout(resolve, 1000));
  const busy = () =>
    readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .some((pid) => {
        try {
          return readlinkSync(`/proc/${pid}/cwd`) === dir;
        } catch {
          return false;
        }
      });
  for (const deadline = Date.now() + 20_000; busy() && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('leads import against another writer', () => {
  /** Three stories of one lead each, imported; then a new lead for two of them. */
  function raceArchive(leads: (args: string[], input?: string) => { code: number; stdout: string; stderr: string }): string {
    const root = mkdtempSync(join(tmpdir(), 'leads-archive-'));
    for (const story of ['a-story', 'b-story', 'c-story']) {
      mkdirSync(join(root, story));
      writeFileSync(join(root, story, '00.txt'), `S Korea-${story}\nFirst word on ${story}\nSEOUL, Nov. 3 (Hangang News) -- The ${story} began.\n\n(END)\n`);
    }
    expect(leads(['import', root]).code).toBe(0);
    for (const story of ['a-story', 'b-story']) {
      writeFileSync(join(root, story, '01.txt'), `(LEAD) S Korea-${story}\n(LEAD) More on ${story}\nSEOUL, Nov. 3 (Hangang News) -- The ${story} began.\n\nIt went on.\n\n(END)\n`);
    }
    return root;
  }

  it('leaves a story moved while it was imported to that writer, imports the rest, and exits 3', async () => {
    const { home, dir, leads } = tempStore();
    const root = raceArchive(leads);
    // c-story's times.tsv is a pipe: the import stops there, after b-story's run has gone to git.
    const pipe = join(root, 'c-story', 'times.tsv');
    execFileSync('mkfifo', [pipe]);
    const child = spawn(process.execPath, [BIN, 'import', root], { env: { PATH: process.env.PATH ?? '', HOME: home, LEADS_STORE: dir } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exit = new Promise<number | null>((resolve) => child.on('close', resolve));
    const writer = await open(pipe, 'w');
    // Another desk moves b-story on meanwhile.
    const theirs = leads(['commit', '-', '--story', 'b-story'], '(LEAD) S Korea-b-story\n(LEAD) Their take on b-story\nSEOUL, Nov. 3 (Hangang News) -- The b-story began.\n\nThey said so.\n\n(END)\n');
    expect(theirs.code).toBe(0);
    await writer.close();
    expect(await exit).toBe(3);
    expect(stderr).toBe('leads: b-story: another writer moved the story while it was imported, so it was left as they left it; re-run to import it\n');
    expect(stdout).toBe('imported 1, skipped 3 already stored, failed 1; 3 stories\n');
    expect(JSON.parse(leads(['log', 'b-story', '--json']).stdout).map((l: { headline: string }) => l.headline)).toEqual(['Their take on b-story', 'First word on b-story']);
    expect(JSON.parse(leads(['log', 'a-story', '--json']).stdout).map((l: { headline: string }) => l.headline)).toEqual(['More on a-story', 'First word on a-story']);
    expect(git(dir, 'fsck', '--no-progress', '--no-dangling')).toBe('');
  });

  it('killed at any moment, leaves each story as it was or imported whole, and only unreferenced objects', async () => {
    const root = mkdtempSync(join(tmpdir(), 'leads-archive-'));
    for (let s = 0; s < 30; s++) {
      const story = `kill-story-${s}`;
      mkdirSync(join(root, story));
      let body = `SEOUL, Nov. 3 (Hangang News) -- The ${story} began.`;
      for (let n = 0; n < 4; n++) {
        body += `\n\nUpdate ${n} on ${story} came in.`;
        const label = n === 0 ? '' : `(${['', 'LEAD', '2nd LD', '3rd LD'][n]}) `;
        writeFileSync(join(root, story, `0${n}.txt`), `${label}S Korea-${story}\n${label}Headline ${n} of ${story}\n${body}\n\n(END)\n`);
      }
    }
    const importInto = (store: { home: string; dir: string }) =>
      spawn(process.execPath, [BIN, 'import', root], { env: { PATH: process.env.PATH ?? '', HOME: store.home, LEADS_STORE: store.dir }, stdio: 'ignore' });
    const started = Date.now();
    await new Promise((resolve) => importInto(tempStore()).on('close', resolve));
    const whole = Date.now() - started;
    const seen = new Set<number>();
    // Kills spread over the whole run: reading the archive, streaming to fast-import, the ref transaction, the upkeep after.
    for (let attempt = 0; attempt < 10; attempt++) {
      const store = tempStore();
      const child = importInto(store);
      const killer = setTimeout(() => child.kill('SIGKILL'), Math.round((whole * (attempt + 0.5)) / 10));
      await new Promise((resolve) => child.on('close', resolve));
      clearTimeout(killer);
      const { dir, leads } = store;
      // Only node was killed: a git it had started may still finish its part first.
      await untilNoProcessIn(dir);
      expect(git(dir, 'fsck', '--no-progress', '--no-dangling')).toBe('');
      const refs = git(dir, 'for-each-ref', '--format=%(refname)').split('\n').filter(Boolean);
      seen.add(refs.length);
      expect(refs.every((ref) => git(dir, 'rev-list', '--count', ref).trim() === '4')).toBe(true);
      // Nothing of the import's own in the store but objects (and a lock its dead owner left, which the next writer takes over).
      expect(readdirSync(dir).filter((name) => !['HEAD', 'config', 'description', 'hooks', 'info', 'objects', 'refs', 'logs', 'branches', 'packed-refs', 'leads-index', 'leads.lock'].includes(name))).toEqual([]);
      const rerun = leads(['import', root]);
      expect(rerun.code).toBe(0);
      expect(rerun.stdout).toBe(`imported ${(30 - refs.length) * 4}, skipped ${refs.length * 4} already stored, failed 0; 30 stories\n`);
      expect(JSON.parse(leads(['list', '--json']).stdout)).toHaveLength(30);
    }
    // Some runs were killed before their refs moved, and some lived to move them.
    expect(seen.has(0)).toBe(true);
  }, 120_000);
});
