import { execFileSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { startGitDaemon, type GitServer } from '../helpers/git-daemon.js';
import { git, tempStore } from '../helpers/store.js';

const STORY = 'busan-port-strike-20260314';
const D = 'BUSAN, March 14 (Hangang News) -- ';

/** A lead in the canonical layout, written for these tests. */
const lead = (headline: string, paragraphs: readonly string[]) =>
  `S Korea-Busan port strike\n(LEAD) ${headline}\nBy Kim Min-su\n\n${paragraphs.join('\n\n')}\n\n(END)\n`;

const HEADLINE = 'Strike shuts Busan port';
const PARAS = [
  `${D}Dock workers walked out at the port of Busan on Saturday, with 6,200 union members joining the strike, the union said.`,
  'The union said talks with the terminal operators over night-shift pay broke down late on Friday.',
  'Container ships queued outside the breakwater as cranes stood idle along the piers.',
  'The ministry of oceans said it would meet both sides on Monday.',
];
const RECAST_HEADLINE = 'Busan port strike spreads to all terminals';
const RECAST_LEAD = `${D}A strike by 6,800 dock workers spread to every terminal of the port of Busan on Saturday, halting container traffic at the country's busiest port, the union said.`;
const QUOTE = '"We will stay out until the night shift is paid fairly," union leader Park Ji-ho told reporters at the main gate.';

let server: GitServer;
beforeAll(async () => {
  server = await startGitDaemon();
});
afterAll(async () => {
  await server?.stop();
});

/** A bare repository on the server, and two desks whose stores push to it over git://. */
function twoDesks(name: string) {
  const bare = join(server.root, `${name}.git`);
  execFileSync('git', ['init', '-q', '--bare', bare]);
  const x = tempStore('seoul');
  const y = tempStore('bureau');
  for (const desk of [x, y]) git(desk.dir, 'remote', 'add', 'origin', server.url(`${name}.git`));
  return { bare, x, y };
}

const commitText = (desk: ReturnType<typeof tempStore>, file: string, text: string, date: string, extra: string[] = []) => {
  const path = join(desk.home, file);
  writeFileSync(path, text);
  return desk.leads(['commit', path, '--story', STORY, '--date', date, ...extra]);
};

const latest = (desk: ReturnType<typeof tempStore>) => parseArticle(desk.leads(['show', STORY, 'latest']).stdout);
const fsckClean = (...dirs: string[]) => {
  for (const dir of dirs) expect(git(dir, 'fsck', '--no-progress', '--strict')).toBe('');
};

/** Both desks hold the LEAD; X moves a 2nd LD and sends it, Y writes its own 2nd LD from the LEAD. */
function diverged(name: string, xParas: readonly string[], xHeadline: string, yParas: readonly string[]) {
  const desks = twoDesks(name);
  const { x, y } = desks;
  expect(commitText(x, 'first.txt', lead(HEADLINE, PARAS), '2026-03-14T01:00:00Z').code).toBe(0);
  expect(x.leads(['push']).code).toBe(0);
  expect(y.leads(['pull']).code).toBe(0);
  expect(commitText(x, 'x.txt', lead(xHeadline, xParas), '2026-03-14T02:00:00Z', ['--fix-attn']).code).toBe(0);
  expect(x.leads(['push'])).toMatchObject({ code: 0, stdout: `sent        ${STORY}\n` });
  expect(commitText(y, 'y.txt', lead(HEADLINE, yParas), '2026-03-14T02:05:00Z', ['--fix-attn']).code).toBe(0);
  return desks;
}

describe('two desks on one story, through git daemon', () => {
  it("X recasts and corrects a figure, Y adds a quote: after pull and rebase the lead holds both, and says only Y's news", () => {
    const { bare, x, y } = diverged('strike', [RECAST_LEAD, ...PARAS.slice(1)], RECAST_HEADLINE, [...PARAS.slice(0, 3), QUOTE, PARAS[3]!]);

    // Another desk moved the story first: exit 3 and the way out.
    expect(y.leads(['push'])).toMatchObject({
      code: 3,
      stderr: `leads: ${STORY}: another desk moved this story on origin first; run 'leads pull origin', then 'leads rebase ${STORY}', then push again\n`,
    });

    const pulled = y.leads(['pull']);
    expect(pulled.code).toBe(0);
    const [updated, kept, next] = pulled.stdout.trimEnd().split('\n');
    expect(updated).toBe(`updated     ${STORY}`);
    expect(kept).toMatch(new RegExp(`^kept        ${STORY} lead 1 \\([0-9a-f]{7}\\), which origin did not have$`));
    expect(next).toBe(`next        leads rebase ${STORY}`);
    expect(JSON.parse(y.leads(['log', '--unsent', '--json']).stdout)).toHaveLength(1);

    const rebased = y.leads(['rebase', STORY]);
    expect(rebased.stderr).toBe('');
    expect(rebased.code).toBe(0);
    const merged = latest(y);
    expect(merged.label?.text).toBe('2nd LD');
    expect(merged.headline).toBe(RECAST_HEADLINE);
    expect(merged.paragraphs).toEqual([RECAST_LEAD, ...PARAS.slice(1, 3), QUOTE, PARAS[3]!]);
    expect(merged.paragraphs.join(' ')).not.toContain('6,200');
    // Only this desk's change is news: the quote, at its place.
    expect(merged.attn).toBe("(ATTN: ADDS union's remarks in 4th para)");
    expect(rebased.stdout).toBe(`2nd LD  ${STORY}  ${git(y.dir, 'rev-parse', '--short=7', `refs/leads/${STORY}`).trim()}  ${merged.attn}\n`);

    expect(JSON.parse(y.leads(['log', '--unsent', '--json']).stdout)).toEqual([]);
    expect(git(y.dir, 'for-each-ref', 'refs/leads-unsent/')).toBe('');

    expect(y.leads(['push'])).toMatchObject({ code: 0, stdout: `sent        ${STORY}\n` });
    expect(x.leads(['pull'])).toMatchObject({ code: 0, stdout: `updated     ${STORY}\n` });
    expect(latest(x)).toEqual(merged);
    expect(JSON.parse(x.leads(['log', STORY, '--json']).stdout).map((l: { label: string | null }) => l.label)).toEqual(['2nd LD', 'LEAD', null]);
    fsckClean(bare, x.dir, y.dir);
  });

  it('both desks reword the same paragraph: --dry-run shows both between markers, rebase commits nothing, the resolved draft commits', () => {
    const xPara = 'The union said talks with the terminal operators over night-shift pay collapsed on Friday evening.';
    const yPara = 'The union said talks with the terminal operators over night-shift pay broke down in the early hours of Friday.';
    const { bare, x, y } = diverged('reword', [PARAS[0]!, xPara, ...PARAS.slice(2)], HEADLINE, [PARAS[0]!, yPara, ...PARAS.slice(2)]);
    expect(y.leads(['pull']).code).toBe(0);
    const before = git(y.dir, 'for-each-ref');

    const dry = y.leads(['rebase', STORY, '--dry-run']);
    expect(dry.code).toBe(3);
    expect(dry.stdout).toContain(`\n\n<<<<<<< this desk\n${yPara}\n=======\n${xPara}\n>>>>>>> ${STORY} LEAD\n\n`);
    expect(dry.stderr).toBe(`leads: ${STORY}: lead 1 (${keptShort(y)}) conflicts at para 2\n`);

    const refused = y.leads(['rebase', STORY]);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain(`changed the same copy differently at para 2; nothing was committed for it.`);
    expect(refused.stdout).toBe('');
    expect(git(y.dir, 'for-each-ref')).toBe(before);

    // The unresolved draft cannot move, by either road.
    const draftPath = join(y.home, 'draft.txt');
    writeFileSync(draftPath, dry.stdout);
    for (const args of [['commit', draftPath, '--story', STORY], ['rebase', STORY, '--continue', draftPath]]) {
      const result = y.leads(args);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        `leads: ${draftPath} still carries conflict lines (<<<<<<<, =======, >>>>>>>) at para 2; keep one version of each block, delete the marker lines, then commit again\n`,
      );
    }
    expect(git(y.dir, 'for-each-ref')).toBe(before);

    writeFileSync(draftPath, dry.stdout.replace(/<<<<<<< this desk\n(.*)\n=======\n.*\n>>>>>>> .*\n/, '$1\n'));
    const resolved = y.leads(['rebase', STORY, '--continue', draftPath]);
    expect(resolved.stderr).toBe('');
    expect(resolved.code).toBe(0);
    expect(resolved.stdout).toMatch(new RegExp(`^2nd LD  ${STORY}  [0-9a-f]{7}  \\(ATTN: .*\\)\\n$`));
    expect(latest(y).paragraphs).toEqual([PARAS[0]!, yPara, ...PARAS.slice(2)]);
    expect(git(y.dir, 'for-each-ref', 'refs/leads-unsent/')).toBe('');
    expect(y.leads(['push']).code).toBe(0);
    fsckClean(bare, x.dir, y.dir);
  });

  it("a desk's second kept lead that re-edits its own first one merges onto the lead just rebased, without a conflict", () => {
    const { bare, x, y } = diverged('chain', [RECAST_LEAD, ...PARAS.slice(1)], RECAST_HEADLINE, [...PARAS, QUOTE]);
    const requote = QUOTE.replace('told reporters at the main gate', 'told reporters outside the main gate on Saturday');
    expect(commitText(y, 'y2.txt', lead(HEADLINE, [...PARAS, requote]), '2026-03-14T02:10:00Z', ['--fix-attn']).code).toBe(0);
    expect(y.leads(['pull']).stdout.match(/^kept /gm)).toHaveLength(2);

    const rebased = y.leads(['rebase', STORY]);
    expect(rebased.code).toBe(0);
    const lines = rebased.stdout.trimEnd().split('\n');
    expect(lines.map((line) => line.split('  ')[0])).toEqual(['2nd LD', '3rd LD']);
    const merged = latest(y);
    expect(merged.headline).toBe(RECAST_HEADLINE);
    expect(merged.paragraphs).toEqual([RECAST_LEAD, ...PARAS.slice(1), requote]);
    expect(git(y.dir, 'for-each-ref', 'refs/leads-unsent/')).toBe('');
    expect(y.leads(['push']).code).toBe(0);
    fsckClean(bare, x.dir, y.dir);
  });

  it('--drop removes the kept leads only when asked, printing each commit id; pull names the store it was given', () => {
    const { y } = diverged('drop', [RECAST_LEAD, ...PARAS.slice(1)], RECAST_HEADLINE, [...PARAS, QUOTE]);
    const pulled = y.leads(['pull', '--store', y.dir]);
    expect(pulled.stdout).toContain(`\nnext        leads rebase ${STORY} --store ${y.dir}\n`);
    const kept = git(y.dir, 'for-each-ref', '--format=%(objectname)', 'refs/leads-unsent/').trim();
    expect(y.leads(['rebase', STORY, '--drop'])).toMatchObject({ code: 0, stdout: `dropped     ${STORY} lead 1 ${kept}\n` });
    expect(JSON.parse(y.leads(['log', '--unsent', '--json']).stdout)).toEqual([]);
    expect(y.leads(['rebase', STORY])).toMatchObject({ code: 0, stderr: `leads: note: story ${STORY} has no kept leads; nothing to rebase\n` });
    expect(y.leads(['rebase', 'no-such-story'])).toEqual({ code: 2, stdout: '', stderr: "leads: no story 'no-such-story' in the store; 'leads list' shows the stories there\n" });
  });

  it("a server hook's refusal exits 2 with the server's own words, and no advice to pull", () => {
    const { bare, x } = twoDesks('hooked');
    const hook = join(bare, 'hooks', 'pre-receive');
    writeFileSync(hook, '#!/bin/sh\necho "desk policy: the Busan story is embargoed until 09:00 KST" >&2\nexit 1\n');
    chmodSync(hook, 0o755);
    expect(commitText(x, 'first.txt', lead(HEADLINE, PARAS), '2026-03-14T01:00:00Z').code).toBe(0);
    const pushed = x.leads(['push']);
    expect(pushed.code).toBe(2);
    expect(pushed.stderr).toBe(
      `leads: ${STORY}: origin refused it (pre-receive hook declined); pulling will not help, the server's reason is below\n` +
        '  remote: desk policy: the Busan story is embargoed until 09:00 KST\n',
    );
    expect(git(bare, 'for-each-ref')).toBe('');
    fsckClean(bare, x.dir);
  });

  it('a remote that is not there exits 2 with git\'s reason', () => {
    const x = tempStore('seoul');
    const result = x.leads(['push', server.url('nowhere.git')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^leads: push to git:\/\/127\.0\.0\.1:\d+\/nowhere\.git failed: fatal: .+\n/);
    expect(result.stderr).not.toContain('pull');
  });
});

function keptShort(desk: ReturnType<typeof tempStore>): string {
  return git(desk.dir, 'for-each-ref', '--format=%(objectname:short=7)', 'refs/leads-unsent/').trim();
}
