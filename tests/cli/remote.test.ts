import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { SAMPLE_DIR, SAMPLE_STORY, git, sampleLead, tempStore } from '../helpers/store.js';

/** Two desks with their own stores and one bare remote between them, all in temporary folders. */
function twoDesks() {
  const remote = join(mkdtempSync(join(tmpdir(), 'leads-remote-')), 'shared.git');
  execFileSync('git', ['init', '-q', '--bare', remote]);
  const seoul = tempStore('seoul');
  const busan = tempStore('busan');
  git(seoul.dir, 'remote', 'add', 'origin', remote);
  git(busan.dir, 'remote', 'add', 'origin', remote);
  return { remote, seoul, busan };
}

const draft = (home: string, name: string, text: string) => {
  const path = join(home, name);
  writeFileSync(path, text);
  return path;
};

describe('leads push and pull with a shared remote', () => {
  it('both desks move the same story: the second push is refused per story, and after a pull and a re-commit nothing is lost', () => {
    const { remote, seoul, busan } = twoDesks();
    expect(seoul.leads(['commit', join(SAMPLE_DIR, '00.txt'), '--date', '2026-03-14T01:00:00Z']).code).toBe(0);
    expect(seoul.leads(['push'])).toMatchObject({ code: 0, stdout: `sent        ${SAMPLE_STORY}\n` });
    expect(busan.leads(['pull'])).toMatchObject({ code: 0, stdout: `new         ${SAMPLE_STORY}\n` });

    // Both desks write the LEAD at the same time.
    expect(seoul.leads(['commit', join(SAMPLE_DIR, '01.txt'), '--date', '2026-03-14T02:00:00Z']).code).toBe(0);
    const busanDraft = draft(busan.home, 'busan-lead.txt', sampleLead(1).replace('(END)', 'Busan desk adds a paragraph.\n\n(END)'));
    expect(busan.leads(['commit', busanDraft, '--fix-attn', '--date', '2026-03-14T02:01:00Z']).code).toBe(0);
    expect(seoul.leads(['push']).code).toBe(0);

    const refused = busan.leads(['push']);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toBe(
      `leads: ${SAMPLE_STORY}: another desk moved this story on origin first; run 'leads pull origin', then 'leads rebase ${SAMPLE_STORY}', then push again\n`,
    );
    const seoulLead = git(remote, 'rev-parse', `refs/leads/${SAMPLE_STORY}`);
    expect(git(seoul.dir, 'rev-parse', `refs/leads/${SAMPLE_STORY}`)).toBe(seoulLead);

    const pulled = busan.leads(['pull']);
    expect(pulled.code).toBe(0);
    const lines = pulled.stdout.split('\n');
    expect(lines[0]).toBe(`updated     ${SAMPLE_STORY}`);
    expect(lines[1]).toMatch(new RegExp(`^kept        ${SAMPLE_STORY} lead 1 \\(([0-9a-f]{7})\\), which origin did not have$`));
    const kept = /\(([0-9a-f]{7})\)/.exec(lines[1]!)![1]!;
    expect(lines[2]).toBe(`next        leads rebase ${SAMPLE_STORY}`);
    expect(git(busan.dir, 'rev-parse', `refs/leads/${SAMPLE_STORY}`)).toBe(seoulLead);

    const unsent = JSON.parse(busan.leads(['log', '--unsent', '--json']).stdout);
    expect(unsent).toHaveLength(1);
    expect(unsent[0]).toMatchObject({ lead: 1, label: 'LEAD' });

    // The printed command, run as the editor would.
    const shown = busan.leads(['show', SAMPLE_STORY, kept]);
    expect(parseArticle(shown.stdout).paragraphs.at(-1)).toBe('Busan desk adds a paragraph.');
    const recommit = busan.leads(['commit', '-', '--story', SAMPLE_STORY, '--fix-attn', '--date', '2026-03-14T02:05:00Z'], shown.stdout);
    expect(recommit.code).toBe(0);
    expect(recommit.stdout).toMatch(/^2nd LD {2}/);
    expect(busan.leads(['push']).code).toBe(0);

    expect(seoul.leads(['pull']).stdout).toBe(`updated     ${SAMPLE_STORY}\n`);
    const log = JSON.parse(seoul.leads(['log', SAMPLE_STORY, '--json']).stdout);
    expect(log.map((l: { label: string | null }) => l.label)).toEqual(['2nd LD', 'LEAD', null]);
    expect(git(remote, 'fsck', '--no-progress')).toBe('');
  });

  it('pulling when nothing moved, and refusing a remote that is an option or unknown', () => {
    const { seoul } = twoDesks();
    expect(seoul.leads(['pull'])).toMatchObject({ code: 0, stdout: 'every story is up to date with origin\n' });
    const option = seoul.leads(['push', '--', '--receive-pack=touch /tmp/x']);
    expect(option.code).toBe(2);
    const unknown = seoul.leads(['push', 'elsewhere']);
    expect(unknown).toMatchObject({ code: 2, stderr: "leads: no remote 'elsewhere'; add one with 'git -C STORE remote add elsewhere URL', or give a URL or folder\n" });
  });
});
