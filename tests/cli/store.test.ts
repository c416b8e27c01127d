import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { runLeads } from '../helpers/cli.js';
import { SAMPLE_DIR, SAMPLE_STORY, commitSample, git, sampleLead, tempStore } from '../helpers/store.js';

const lead = (n: number) => join(SAMPLE_DIR, `0${n}.txt`);

describe('leads commit, log, show, list on the sample story', () => {
  const { dir, leads } = tempStore();
  commitSample(leads);

  it('keeps every lead as a commit on the story ref, one line of parents', () => {
    const subjects = git(dir, 'log', '--format=%s', `refs/leads/${SAMPLE_STORY}`).trim().split('\n');
    expect(subjects).toEqual([
      "(4th LD) 2 hurt as magnitude 5.1 quake jolts S. Korea's east coast",
      "(3rd LD) 2 hurt as magnitude 5.1 quake jolts S. Korea's east coast",
      "(2nd LD) 2 hurt as magnitude 5.1 quake jolts S. Korea's east coast",
      "(LEAD) Magnitude 5.1 quake strikes off S. Korea's east coast",
      "Magnitude 5.1 quake strikes off S. Korea's east coast",
    ]);
    expect(git(dir, 'rev-list', '--merges', `refs/leads/${SAMPLE_STORY}`)).toBe('');
    expect(git(dir, 'ls-tree', '--name-only', `refs/leads/${SAMPLE_STORY}`).trim()).toBe('lead.txt');
    expect(git(dir, 'fsck', '--no-progress')).toBe('');
  });

  it('log --json gives the documented fields, newest first', () => {
    const result = leads(['log', SAMPLE_STORY, '--json']);
    expect(result.code).toBe(0);
    const log = JSON.parse(result.stdout);
    expect(log.map((l: { lead: number; label: string | null }) => [l.lead, l.label])).toEqual([
      [4, '4th LD'],
      [3, '3rd LD'],
      [2, '2nd LD'],
      [1, 'LEAD'],
      [0, null],
    ]);
    expect(log[0]).toMatchObject({
      time: '2026-03-14T05:00:00+00:00',
      author: 'Test Desk <desk@example.com>',
      headline: "2 hurt as magnitude 5.1 quake jolts S. Korea's east coast",
      attn: "(ATTN: CORRECTS typo in 4th para; ADDS interior ministry's comments last 2 paras)",
    });
    expect(log[0].commit).toMatch(/^[0-9a-f]{40}$/);
    expect(log[4].attn).toBeNull();
  });

  it('list --json gives every story with its latest lead', () => {
    const result = leads(['list', '--json']);
    expect(JSON.parse(result.stdout)).toEqual([
      {
        story: SAMPLE_STORY,
        slug: 'S Korea-earthquake',
        lead: 4,
        label: '4th LD',
        time: '2026-03-14T05:00:00+00:00',
        headline: "2 hurt as magnitude 5.1 quake jolts S. Korea's east coast",
      },
    ]);
  });

  it.each([
    ['2', 2],
    ['2nd LD', 2],
    ['2nd', 2],
    ['LEAD', 1],
    ['0', 0],
    ['latest', 4],
  ])('show %j is lead %i as it moved', (ref, number) => {
    const result = leads(['show', SAMPLE_STORY, ref]);
    expect(result.code).toBe(0);
    const shown = parseArticle(result.stdout);
    expect(shown.label?.lead ?? 0).toBe(number);
    expect(shown.paragraphs).toEqual(parseArticle(sampleLead(number)).paragraphs);
  });

  it('show finds a lead by its commit id', () => {
    const commit = JSON.parse(leads(['log', SAMPLE_STORY, '--json']).stdout)[3].commit as string;
    expect(parseArticle(leads(['show', SAMPLE_STORY, commit.slice(0, 8)]).stdout).label?.text).toBe('LEAD');
  });

  it('diff reads two leads of the story: default the latest against the one before', () => {
    const result = leads(['diff', SAMPLE_STORY, '--stat']);
    expect(result).toMatchObject({ code: 0, stdout: '2 added, 1 edited, 0 moved, 0 deleted\n' });
    expect(leads(['diff', SAMPLE_STORY, '1', '2', '--stat']).stdout).toBe(
      '2 added, 1 edited, 0 moved, 0 deleted; headline changed, photo added\n',
    );
  });

  it('refuses a lead identical to the latest with exit 2, and writes nothing', () => {
    const before = git(dir, 'rev-parse', `refs/leads/${SAMPLE_STORY}`);
    const result = leads(['commit', lead(4), '--date', '2026-03-14T06:00:00Z']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`leads: the lead is identical to lead 4 of ${SAMPLE_STORY}; nothing to commit\n`);
    expect(git(dir, 'rev-parse', `refs/leads/${SAMPLE_STORY}`)).toBe(before);
  });
});

describe('leads commit: finding the story', () => {
  it('a slug continues its story within 24 hours, and starts a dated new one after', () => {
    const { leads } = tempStore();
    expect(leads(['commit', lead(0), '--date', '2026-03-14T01:00:00Z']).stderr).toContain(`new story ${SAMPLE_STORY}`);
    expect(leads(['commit', lead(1), '--date', '2026-03-15T00:59:00Z']).stdout).toMatch(/^LEAD {2}s-korea-earthquake-20260314 /);
    const later = leads(['commit', lead(2), '--date', '2026-03-16T09:00:00Z']);
    expect(later.stdout).toMatch(/^first version {2}s-korea-earthquake-20260316 /);
    expect(later.stderr).toContain('new story s-korea-earthquake-20260316');
  });

  it('--new starts another story the same day; --story continues a named one', () => {
    const { leads } = tempStore();
    leads(['commit', lead(0), '--date', '2026-03-14T01:00:00Z']);
    expect(leads(['commit', lead(1), '--new', '--date', '2026-03-14T02:00:00Z']).stdout).toMatch(
      /^first version {2}s-korea-earthquake-20260314-2 /,
    );
    expect(leads(['commit', lead(2), '--story', SAMPLE_STORY, '--fix-attn', '--date', '2026-03-14T03:00:00Z']).stdout).toMatch(
      /^LEAD {2}s-korea-earthquake-20260314 /,
    );
  });

  it('two stories of one slug in the window: a plain commit lists them and asks for --story, writing nothing', () => {
    const { dir, leads } = tempStore();
    leads(['commit', lead(0), '--date', '2026-03-14T01:00:00Z']);
    leads(['commit', lead(0), '--new', '--date', '2026-03-14T02:00:00Z']);
    const before = git(dir, 'for-each-ref');
    const result = leads(['commit', lead(1), '--date', '2026-03-14T03:00:00Z']);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        `leads: 2 stories of this slug moved in the window: ${SAMPLE_STORY}-2 (first version, 2026-03-14T02:00:00+00:00), ` +
        `${SAMPLE_STORY} (first version, 2026-03-14T01:00:00+00:00); give --story ID for the one this lead continues\n`,
    });
    expect(git(dir, 'for-each-ref')).toBe(before);
    expect(leads(['commit', lead(1), '--story', `${SAMPLE_STORY}-2`, '--date', '2026-03-14T03:00:00Z']).stdout).toMatch(/^LEAD {2}s-korea-earthquake-20260314-2 /);
  });

  it('--dry-run writes nothing; --print writes the lead as it must move and the summary to stderr', () => {
    const { dir, leads } = tempStore();
    leads(['commit', lead(0), '--date', '2026-03-14T01:00:00Z']);
    const before = git(dir, 'for-each-ref');
    const dry = leads(['commit', lead(3), '--dry-run', '--print', '--fix-attn', '--date', '2026-03-14T02:00:00Z']);
    expect(dry.code).toBe(0);
    expect(git(dir, 'for-each-ref')).toBe(before);
    expect(dry.stdout.split('\n').slice(0, 2)).toEqual([
      '(LEAD) S Korea-earthquake',
      "(LEAD) 2 hurt as magnitude 5.1 quake jolts S. Korea's east coast",
    ]);
    expect(dry.stderr).toContain(`LEAD  ${SAMPLE_STORY}  (dry run)`);
    expect(dry.stderr).toContain('leads: note: the file is labelled 3rd LD, but this is lead 1: labelled LEAD');
  });

  it('reads the lead from standard input and takes --author', () => {
    const { leads } = tempStore();
    const result = leads(['commit', '-', '--author', 'Kim Min-ji <kim@example.com>', '--date', '2026-03-14T01:00:00Z'], sampleLead(0));
    expect(result.code).toBe(0);
    expect(JSON.parse(leads(['log', SAMPLE_STORY, '--json']).stdout)[0].author).toBe('Kim Min-ji <kim@example.com>');
  });
});

describe('leads store commands: bad input is one line on stderr, the documented exit code, the store untouched', () => {
  const { home, dir, leads } = tempStore();
  commitSample(leads, 1);
  const refsBefore = git(dir, 'for-each-ref');
  const bad = (name: string, content: string) => {
    const path = join(home, name);
    writeFileSync(path, content);
    return path;
  };

  it.each([
    ['a story id with ..', ['log', '..'], /'\.\.' is not a story id/],
    ['a story id with /', ['show', 'a/b'], /'a\/b' is not a story id/],
    ['a story id with spaces', ['log', 'a b'], /'a b' is not a story id/],
    ['a story id with a leading -', ['commit', lead(2), '--story=-x'], /'-x' is not a story id/],
    ['--upload-pack as a story', ['commit', lead(2), '--story=--upload-pack=touch /tmp/pwned'], /is not a story id.*did you mean 'upload-pack-touch-tmp-pwned'/],
    ['an option after --', ['show', SAMPLE_STORY, '--', '--upload-pack=touch /tmp/pwned'], /unexpected argument '--upload-pack=touch \/tmp\/pwned'/],
    ['only options after --', ['log', '--', '--upload-pack=x'], /unexpected argument '--upload-pack=x'/],
    ['log without a story', ['log'], /give a story id \(or --unsent\)/],
    ['shell metacharacters', ['log', '$(id);rm -rf /'], /is not a story id/],
    ['non-ASCII', ['log', 'séoul'], /'séoul' is not a story id.*did you mean 'seoul'/],
    ['an unknown story', ['log', 'no-such-story'], /no story 'no-such-story' in the store; 'leads list' shows the stories there/],
    ['an unknown lead', ['show', SAMPLE_STORY, '7th LD'], /has no lead '7th LD'; it has leads 0 to 1/],
    ['a lead ref that does not exist', ['show', SAMPLE_STORY, 'deadbeef'], /has no lead 'deadbeef'/],
    ['a lead ref that is an option', ['show', SAMPLE_STORY, '--lead=--output=/tmp/x'], /has no lead '--output=\/tmp\/x'/],
    ['a lead that fails to parse', ['commit', bad('empty.txt', ' \n')], /empty\.txt: the text is empty/],
    ['a lead without a slug line', ['commit', bad('plain.txt', 'Just one paragraph.\n')], /no slug line to find its story by; give --story ID/],
    ['a bad --author', ['commit', lead(2), '--author', 'nobody'], /--author 'nobody' is not "Name <email>"/],
    ['a bad --date', ['commit', lead(2), '--date', 'yesterday'], /--date 'yesterday' is not an ISO 8601 time/],
    ['a --date before the previous lead', ['commit', lead(2), '--date', '2020-01-01T00:00:00Z'], /is before lead 1/],
  ])('%s', (_name, args, message) => {
    const result = leads(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stdout).toBe('');
    expect(git(dir, 'for-each-ref')).toBe(refsBefore);
  });

  it('a store path that is not a git repository', () => {
    const plain = mkdtempSync(join(tmpdir(), 'leads-plain-'));
    const result = runLeads(['list', '--store', plain]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`leads: ${plain} is not a leads store; create one with 'leads init DIR' or point --store or LEADS_STORE at one\n`);
  });

  it('a missing store says how to create one', () => {
    const missing = join(home, 'nowhere');
    const result = runLeads(['commit', lead(0), '--store', missing]);
    expect(result).toMatchObject({ code: 2, stderr: `leads: no store at ${missing}; create one with 'leads init ${missing}'\n` });
  });

  it('an ordinary git repository is not a store', () => {
    const repo = mkdtempSync(join(tmpdir(), 'leads-repo-'));
    git(repo, 'init', '-q');
    expect(runLeads(['list', '--store', repo]).stderr).toMatch(/is not a leads store/);
  });

  it('git missing from PATH', () => {
    const result = runLeads(['list', '--store', dir], { env: { PATH: '/nonexistent', HOME: home } });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('leads: git is not installed or not on PATH; install git and try again\n');
  });

  it('no identity anywhere', () => {
    const { leads: bare, dir: other } = tempStore('anonymous');
    git(other, 'config', '--unset', 'user.name');
    const result = bare(['commit', lead(0)]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^leads: no author: pass --author "Name <email>", or set one with git config --global user.name/);
  });
});
