import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { renderArticle } from '../../src/article/render.js';
import { rebuildParagraphs } from '../../src/diff/rebuild.js';
import { runLeads } from '../helpers/cli.js';
import { SAMPLE_DIR, SAMPLE_STORY, commitSample, sampleLead, tempStore } from '../helpers/store.js';

const dir = mkdtempSync(join(tmpdir(), 'leads-diff-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const v2 = join(SAMPLE_DIR, '02.txt');
const v3 = join(SAMPLE_DIR, '03.txt');

describe('leads diff OLD_FILE NEW_FILE', () => {
  it('shows each paragraph of the new lead with its operation (3rd LD against 2nd LD)', () => {
    const result = runLeads(['diff', v2, v3, '--color', 'never']);
    expect(result.code).toBe(0);
    const rows = result.stdout.trimEnd().split('\n').map((line) => line.slice(0, 21).trimEnd());
    expect(rows).toEqual([' 1', ' 2  moved from 5', ' 3', ' 4', ' 5  edited', ' 6', ' 7', ' 8', ' -  deleted (was 9)']);
    expect(result.stdout).toContain('[-11-]{+27+}');
  });

  it('--stat prints one line', () => {
    expect(runLeads(['diff', v2, v3, '--stat']).stdout).toBe('0 added, 1 edited, 1 moved, 1 deleted\n');
  });

  it('--format json carries enough to rebuild the new lead from the old one', () => {
    const result = runLeads(['diff', v2, v3, '--format', 'json']);
    const json = JSON.parse(result.stdout);
    expect(json.paragraphs.map((p: { op: string }) => p.op)).toEqual(['equal', 'move', 'equal', 'equal', 'edit', 'equal', 'equal', 'equal', 'delete']);
    expect(json.paragraphs[4]).toMatchObject({ op: 'edit', old: [4], new: [5], edited: true });
    expect(json.paragraphs[4].similarity).toBeGreaterThan(json.thresholds.light);
    expect(json.elements.headline).toEqual({ op: 'equal', old: json.elements.headline.old, new: json.elements.headline.old, similarity: 1 });
    expect(Object.keys(json.elements)).toEqual(['slug', 'label', 'headline', 'byline', 'dateline', 'email', 'photos']);
    const oldParas = parseArticle(sampleLead(2)).paragraphs;
    expect(rebuildParagraphs(oldParas, json.paragraphs)).toEqual(parseArticle(sampleLead(3)).paragraphs);
  });

  it('--format unified is a patch that `patch` applies', () => {
    const oldFile = file('old-lines.txt', renderArticle(parseArticle(sampleLead(2)), { layout: 'lines' }));
    const newFile = file('new-lines.txt', renderArticle(parseArticle(sampleLead(3)), { layout: 'lines' }));
    const result = runLeads(['diff', oldFile, newFile, '--format', 'unified']);
    const patchFile = file('lead.patch', result.stdout);
    const target = file('target.txt', renderArticle(parseArticle(sampleLead(2)), { layout: 'lines' }));
    execFileSync('patch', ['--quiet', target, patchFile]);
    expect(execFileSync('cat', [target], { encoding: 'utf8' })).toBe(renderArticle(parseArticle(sampleLead(3)), { layout: 'lines' }));
  });

  it('--format html writes one self-contained page', () => {
    const result = runLeads(['diff', v2, v3, '--format', 'html']);
    expect(result.stdout).toMatch(/^<!doctype html>/);
    expect(result.stdout).toContain(`<title>${v2} to ${v3}</title>`);
  });

  it('sees no change between the two layouts of the same lead', () => {
    const oneLine = file('one-per-line.txt', renderArticle(parseArticle(sampleLead(3)), { layout: 'lines' }));
    expect(runLeads(['diff', v3, oneLine, '--stat', '--exit-code'])).toMatchObject({ code: 0, stdout: '0 added, 0 edited, 0 moved, 0 deleted\n' });
  });

  it('reads one side from standard input', () => {
    expect(runLeads(['diff', '-', v3, '--stat'], { input: sampleLead(2) }).stdout).toBe('0 added, 1 edited, 1 moved, 1 deleted\n');
  });

  it('exits 0 on differences unless --exit-code asks for 1', () => {
    expect(runLeads(['diff', v2, v3, '--stat']).code).toBe(0);
    expect(runLeads(['diff', v2, v3, '--stat', '--exit-code']).code).toBe(1);
    expect(runLeads(['diff', v3, v3, '--stat', '--exit-code'])).toMatchObject({ code: 0, stdout: '0 added, 0 edited, 0 moved, 0 deleted\n' });
  });

  it('colours words with --color always, and not when NO_COLOR is set on auto', () => {
    expect(runLeads(['diff', v2, v3, '--color', 'always']).stdout).toContain('\x1b[9;31m11\x1b[0m');
    expect(runLeads(['diff', v2, v3], { env: { NO_COLOR: '1' } }).stdout).not.toContain('\x1b[');
  });
});

describe('leads diff: files or story', () => {
  const { home, leads } = tempStore();
  commitSample(leads);
  const here = mkdtempSync(join(tmpdir(), 'leads-here-'));
  writeFileSync(join(here, SAMPLE_STORY), sampleLead(0));
  writeFileSync(join(here, 'next.txt'), sampleLead(1));
  const inHere = (args: string[]) => runLeads(args, { cwd: here, env: { HOME: home, LEADS_STORE: join(home, 'desk') } });

  it('a name that is both a file and a story is refused with how to choose', () => {
    const result = inHere(['diff', SAMPLE_STORY, 'next.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `leads: '${SAMPLE_STORY}' is both a file here and a story in the store; write ./${SAMPLE_STORY} for the file, or --story ${SAMPLE_STORY} [FROM] [TO] for the story\n`,
    );
  });

  it('./name is the file; --story names the story', () => {
    expect(inHere(['diff', `./${SAMPLE_STORY}`, 'next.txt', '--stat']).stdout).toBe('3 added, 0 edited, 0 moved, 0 deleted; byline added\n');
    expect(inHere(['diff', '--story', SAMPLE_STORY, '1', '2', '--stat']).stdout).toBe(
      '2 added, 1 edited, 0 moved, 0 deleted; headline changed, photo added\n',
    );
    expect(inHere(['diff', '--story', SAMPLE_STORY, '--stat']).stdout).toBe('2 added, 1 edited, 0 moved, 0 deleted\n');
  });

  it('a story and one lead N: lead N against the one before it, as the help says', () => {
    expect(inHere(['diff', SAMPLE_STORY, '2', '--stat']).stdout).toBe(inHere(['diff', SAMPLE_STORY, '1', '2', '--stat']).stdout);
    expect(inHere(['attn', '--story', SAMPLE_STORY, '2']).stdout).toBe(inHere(['attn', SAMPLE_STORY, '1', '2']).stdout);
    expect(runLeads(['diff', '--help']).stdout.replace(/\s+/g, ' ')).toContain('alone, compared with the lead before it; with a third, FROM');
  });

  it('a story and two leads by label', () => {
    expect(inHere(['diff', SAMPLE_STORY, 'LEAD', '3rd', '--stat']).stdout).toBe(
      '2 added, 1 edited, 1 moved, 1 deleted; headline changed, photo added\n',
    );
  });
});

describe('leads diff: bad input', () => {
  it.each([
    ['an empty file', () => [file('empty.txt', ''), v3], /empty\.txt: the text is empty/],
    ['NUL bytes', () => [file('nul.txt', 'a\u0000b'), v3], /NUL bytes/],
    ['invalid UTF-8', () => [file('bad.txt', Buffer.from([0xc3, 0x28])), v3], /not valid UTF-8/],
    ['both sides on standard input', () => ['-', '-'], /only one of the two leads can come from standard input/],
    ['nothing to compare', () => [], /give two lead files \(OLD NEW\), or a story id/],
    ['a file over the size limit', () => [file('huge.txt', Buffer.alloc(9 * 1024 * 1024, 0x61)), v3], /over the 8\.0 MiB limit/],
    ['a story in a missing store', () => ['no-such-story', '--store', join(dir, 'none')], /no store at/],
    ['an unknown format', () => [v2, v3, '--format', 'pdf'], /Invalid values/],
  ])('%s: exit 2, one line', (_name, args, message) => {
    const result = runLeads(['diff', ...args()], { input: 'x' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('leads diff: very long leads', () => {
  it('80,000 paragraphs in every format, the terminal one included (no spread over every position)', () => {
    const paragraphs = Array.from({ length: 80_000 }, (_, i) => `Paragraph ${i + 1} of the hearing record says witness ${i + 1} spoke at length.`);
    const lead = (paras: readonly string[]) => `SEOUL, March 14 (Hangang News) -- ${paras.join('\n\n')}\n\n(END)\n`;
    const before = file('long-a.txt', lead(paragraphs));
    const edited = [...paragraphs];
    edited[40_000] = edited[40_000]!.replace('spoke', 'testified');
    const after = file('long-b.txt', lead(edited));
    const terminal = runLeads(['diff', before, after, '--color', 'never']);
    expect(terminal.code).toBe(0);
    expect(terminal.stderr).toBe('');
    expect(terminal.stdout.split('\n').filter((line) => line.includes('testified'))).toHaveLength(1);
    expect(runLeads(['diff', before, after, '--stat']).code).toBe(0);
    expect(runLeads(['attn', before, after]).stdout).toBe('(ATTN: UPDATES with more details in 40001st para)\n');
  });
});
