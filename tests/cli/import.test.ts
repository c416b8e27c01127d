import { cpSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
