import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES } from '../../src/article/text.js';
import { SCRAPED_LEAD, SCRAPED_LEAD_PARAGRAPHS, PLAIN_COPY } from '../fixtures/articles.js';
import { REPO_ROOT, runLeads } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'leads-parse-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('leads parse', () => {
  it('prints the article as JSON with the documented fields', () => {
    const result = runLeads(['parse', file('strike.txt', SCRAPED_LEAD), '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({
      slug: 'S Korea-port strike',
      label: '2nd LD',
      lead: 2,
      headline: 'Busan dock workers extend strike as talks stall',
      attn: "(ATTN: ADDS union leader's comments last 2 paras)",
      byline: 'Lee Ha-na',
      dateline: { place: 'BUSAN', date: 'Nov. 3', agency: 'Hangang News' },
      paragraphs: SCRAPED_LEAD_PARAGRAPHS,
    });
    expect(json.photos).toHaveLength(1);
  });

  it('reads standard input for -', () => {
    const result = runLeads(['parse', '-', '--json'], { input: SCRAPED_LEAD });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).paragraphs).toEqual(SCRAPED_LEAD_PARAGRAPHS);
  });

  it('summarizes the lead for an editor, paragraphs numbered from the dateline', () => {
    const result = runLeads(['parse', file('summary.txt', SCRAPED_LEAD)]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 7)).toEqual([
      'label      2nd LD (lead 2)',
      'slug       S Korea-port strike',
      'headline   Busan dock workers extend strike as talks stall',
      "attn       (ATTN: ADDS union leader's comments last 2 paras)",
      'byline     Lee Ha-na',
      'dateline   BUSAN Nov. 3 (Hangang News)',
      'photos     1',
    ]);
    expect(lines).toContain('paragraphs 6');
    expect(lines).toContain(`  1  ${SCRAPED_LEAD_PARAGRAPHS[0]}`);
    expect(lines).toContain(`  6  ${SCRAPED_LEAD_PARAGRAPHS[5]}`);
  });

  it('notes on stderr that plain copy has no headline', () => {
    const result = runLeads(['parse', '-'], { input: PLAIN_COPY });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('headline   -');
    expect(result.stderr).toBe('leads: note: no headline found; the copy was read as plain paragraphs\n');
  });
});

describe('leads parse: bad input is one line on stderr and exit 2', () => {
  const big = join(dir, 'big.txt');
  writeFileSync(big, Buffer.alloc(MAX_ARTICLE_BYTES + 10, 0x61));
  it.each([
    ['a missing file', [join(dir, 'nope.txt')], '', /nope\.txt: no such file; check the path/],
    ['a folder', [dir], '', /is a folder; give the file that holds the lead/],
    ['an empty file', [file('empty.txt', '')], '', /empty\.txt: the text is empty/],
    ['whitespace on stdin', ['-'], '  \n\n ', /standard input: the text is empty/],
    ['NUL bytes', [file('nul.txt', 'SEOUL\u0000')], '', /NUL bytes/],
    ['invalid UTF-8', [file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]))], '', /not valid UTF-8/],
    ['a file over the size limit', [big], '', /over the 8\.0 MiB limit/],
    ['no file argument', [], '', /Not enough non-option arguments.*see 'leads --help'/],
    ['an unknown option', ['-', '--jsn'], '', /Unknown argument: jsn/],
  ])('%s', (_name, args, input, message) => {
    const result = runLeads(['parse', ...args], { input });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^leads: /);
  });
});

describe('input is bounded while it is read', () => {
  // A timeout guards against the old behaviour (reading forever); no timing is asserted.
  const bounded = (command: string) => spawnSync('sh', ['-c', command], { encoding: 'utf8', timeout: 20_000, cwd: REPO_ROOT });
  it.each([
    ['a device with no end', `"${process.execPath}" bin/leads.js parse /dev/zero`, '/dev/zero'],
    ['endless standard input', `yes | "${process.execPath}" bin/leads.js parse -`, 'standard input'],
  ])('%s: exit 2 at the 8 MiB limit', (_name, command, what) => {
    const result = bounded(command);
    expect(result.signal).toBeNull();
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`leads: ${what}: the text is over the 8.0 MiB limit for one lead; split it into smaller stories\n`);
  });
});
