import { describe, expect, it } from 'vitest';
import {
  commitTree,
  fetchStoryRefs,
  getConfig,
  getIdentity,
  isAncestor,
  leadsMissingFrom,
  listKept,
  listRefs,
  listRemotes,
  logRef,
  parseCommitObject,
  pushStoryRefs,
  readObjects,
  refNames,
  refTimes,
  refTips,
  refValues,
  SCRATCH_BRANCH,
  streamCommit,
  streamEnd,
  updateRef,
  updateRefs,
  ZERO_ID,
} from '../../src/store/git-commands.js';
import type { GitCommand, GitExit } from '../../src/store/git.js';

// Output captured from git 2.39.5 on a store with three stories (quake: leads 0-2,
// fire and new: one lead each), every commit at 1773450000 +0000 by Test Desk.
const QUAKE_2 = '594ad79242a355a1a9d9b1f4357f912b440f52ab';
const QUAKE_1 = '19a36ea563211f84567c03d69d87ee9f72a94586';
const QUAKE_0 = '94d46cb8169956cb629d98fd46dae272060d7cac';
const FIRE_1 = 'bf23c347968846eb9441020c661b8ba67155245d';
const TIME = '2026-03-14T01:00:00+00:00';

const ok: GitExit = { code: 0, stderr: '' };
const parse = <T>(command: GitCommand<T>, stdout: string, exit: GitExit = ok): T => command.parse(stdout, exit);

describe('parsers of ref listings', () => {
  it('listRefs reads each tip with its time and message, trailing newlines trimmed', () => {
    const stdout =
      `\u001erefs/leads/fire-20260314\u001f${FIRE_1}\u001f${TIME}\u001f(2nd LD) Fire\n\nLead: 1\nStory: fire-20260314\n\n` +
      `\u001erefs/leads/quake-20260314\u001f${QUAKE_2}\u001f${TIME}\u001f(2nd LD) Quake\n\nLead: 2\nStory: quake-20260314\n\n`;
    expect(parse(listRefs('refs/leads/'), stdout)).toEqual([
      { ref: 'refs/leads/fire-20260314', commit: FIRE_1, time: TIME, message: '(2nd LD) Fire\n\nLead: 1\nStory: fire-20260314' },
      { ref: 'refs/leads/quake-20260314', commit: QUAKE_2, time: TIME, message: '(2nd LD) Quake\n\nLead: 2\nStory: quake-20260314' },
    ]);
  });

  it.each([
    ['listRefs', () => parse(listRefs('refs/leads/x'), ''), []],
    ['refNames', () => parse(refNames('refs/leads/x'), ''), []],
    ['refTips', () => [...parse(refTips('refs/leads/'), '')], []],
    ['listKept', () => parse(listKept(), ''), []],
    ['listRemotes', () => parse(listRemotes(), ''), []],
  ])('%s of nothing matched (git prints nothing) is empty', (_name, run, expected) => {
    expect(run()).toEqual(expected);
  });

  it('refNames reads one name a line', () => {
    expect(parse(refNames('refs/leads-fetched/'), 'refs/leads-fetched/fire-20260314\nrefs/leads-fetched/quake-20260314\n')).toEqual([
      'refs/leads-fetched/fire-20260314',
      'refs/leads-fetched/quake-20260314',
    ]);
  });

  it('refTips keys each commit by the name under the prefix', () => {
    const stdout = `refs/leads/fire-20260314 ${FIRE_1}\nrefs/leads/new-20260314 ${QUAKE_0}\nrefs/leads/quake-20260314 ${QUAKE_2}\n`;
    expect([...parse(refTips('refs/leads/'), stdout)]).toEqual([
      ['fire-20260314', FIRE_1],
      ['new-20260314', QUAKE_0],
      ['quake-20260314', QUAKE_2],
    ]);
  });

  it('listKept reads story, lead and commit from the kept refs', () => {
    const stdout =
      `refs/leads-unsent/fire-20260314/1-bf23c34 ${FIRE_1}\n` + `refs/leads-unsent/quake-20260314/2-594ad79 ${QUAKE_2}\n`;
    expect(parse(listKept(), stdout)).toEqual([
      { story: 'fire-20260314', lead: 1, commit: FIRE_1, ref: 'refs/leads-unsent/fire-20260314/1-bf23c34' },
      { story: 'quake-20260314', lead: 2, commit: QUAKE_2, ref: 'refs/leads-unsent/quake-20260314/2-594ad79' },
    ]);
  });

  it.each([
    [undefined, 'refs/leads-unsent/'],
    ['quake-20260314', 'refs/leads-unsent/quake-20260314/'],
  ])('listKept of %s lists under %s', (story, prefix) => {
    expect(listKept(story).args.at(-1)).toBe(prefix);
  });

  it('listRemotes reads one name a line', () => {
    expect(parse(listRemotes(), 'backup\norigin\n')).toEqual(['backup', 'origin']);
  });
});

describe('parsers of history', () => {
  it('logRef reads a story newest first, with author and commit time', () => {
    const stdout =
      `\u001e${QUAKE_2}\u001f${TIME}\u001fTest Desk <desk@example.com>\u001f(2nd LD) Quake\n\nLead: 2\nStory: quake-20260314\n\n` +
      `\u001e${QUAKE_1}\u001f${TIME}\u001fTest Desk <desk@example.com>\u001f(URGENT) Quake\n\nLead: 1\nStory: quake-20260314\n\n` +
      `\u001e${QUAKE_0}\u001f${TIME}\u001fTest Desk <desk@example.com>\u001f(LEAD) Quake hits\n\nLead: 0\nStory: quake-20260314\n\n`;
    expect(parse(logRef('refs/leads/quake-20260314'), stdout)).toEqual([
      { commit: QUAKE_2, time: TIME, author: 'Test Desk <desk@example.com>', message: '(2nd LD) Quake\n\nLead: 2\nStory: quake-20260314' },
      { commit: QUAKE_1, time: TIME, author: 'Test Desk <desk@example.com>', message: '(URGENT) Quake\n\nLead: 1\nStory: quake-20260314' },
      { commit: QUAKE_0, time: TIME, author: 'Test Desk <desk@example.com>', message: '(LEAD) Quake hits\n\nLead: 0\nStory: quake-20260314' },
    ]);
  });

  it('logRef keeps the ref after --end-of-options, so that it can never be read as an option', () => {
    const { args } = logRef('refs/leads/quake-20260314');
    expect(args.slice(args.indexOf('--end-of-options'))).toEqual(['--end-of-options', 'refs/leads/quake-20260314', '--']);
  });

  it('leadsMissingFrom lists the leads oldest first with their Lead trailer', () => {
    expect(parse(leadsMissingFrom(QUAKE_0, QUAKE_2), `${QUAKE_2} 2\n${QUAKE_1} 1\n`)).toEqual([
      { commit: QUAKE_1, lead: 1 },
      { commit: QUAKE_2, lead: 2 },
    ]);
  });

  it.each([
    [0, true],
    [1, false],
  ])('isAncestor reads exit code %i as %s', (code, answer) => {
    expect(parse(isAncestor(QUAKE_0, QUAKE_2), '', { code, stderr: '' })).toBe(answer);
  });
});

describe('parsers of objects', () => {
  const commitContent =
    'tree 4797e309853b40c4fbecf3fd0e3c304dc5396df1\n' +
    `parent ${QUAKE_1}\n` +
    'author Test Desk <desk@example.com> 1773450000 +0000\n' +
    'committer Test Desk <desk@example.com> 1773450000 +0000\n' +
    '\n(2nd LD) Quake\n\nLead: 2\nStory: quake-20260314\n';

  it('readObjects reads a commit, a blob and a missing name from one cat-file --batch', () => {
    const stdout =
      `${QUAKE_2} commit 250\n${commitContent}\n` + '5626abf0f72e58d7a153368ba57db4c673c0e171 blob 4\none\n\n' + 'refs/leads/gone missing\n';
    const names = ['refs/leads/quake-20260314', 'refs/leads/quake-20260314:lead.txt', 'refs/leads/gone'];
    expect(parse(readObjects(names), stdout)).toEqual([
      { sha: QUAKE_2, type: 'commit', content: commitContent },
      { sha: '5626abf0f72e58d7a153368ba57db4c673c0e171', type: 'blob', content: 'one\n' },
      null,
    ]);
  });

  it('readObjects counts sizes in bytes, not characters', () => {
    const text = 'Séoul, 14 mars\n';
    const stdout = `5626abf0f72e58d7a153368ba57db4c673c0e171 blob ${Buffer.byteLength(text)}\n${text}\nrefs/leads/gone missing\n`;
    expect(parse(readObjects(['a:lead.txt', 'refs/leads/gone']), stdout).map((object) => object?.content ?? null)).toEqual([text, null]);
  });

  it.each([
    ['+0000', '2026-03-14T01:00:00+00:00'],
    ['+0900', '2026-03-14T10:00:00+09:00'],
    ['-0530', '2026-03-13T19:30:00-05:30'],
  ])('parseCommitObject reads a committer offset of %s as git log prints it, %s', (offset, time) => {
    const content = commitContent.replace('1773450000 +0000\n\n', `1773450000 ${offset}\n\n`);
    expect(parseCommitObject(QUAKE_2, content)).toEqual({
      commit: QUAKE_2,
      time,
      author: 'Test Desk <desk@example.com>',
      message: '(2nd LD) Quake\n\nLead: 2\nStory: quake-20260314',
    });
  });

  it('refValues reads each ref looked up, null for one that is missing', () => {
    const stdout = `${QUAKE_2}\nrefs/leads/gone missing\n${FIRE_1}\n`;
    expect(parse(refValues(['refs/leads/quake-20260314', 'refs/leads/gone', 'refs/leads/fire-20260314']), stdout)).toEqual([QUAKE_2, null, FIRE_1]);
    expect(refValues(['refs/leads/a', 'refs/leads/b']).input).toBe('refs/leads/a\nrefs/leads/b\n');
  });

  it('refTimes reads each story with its tip and the tip\'s time in seconds', () => {
    const stdout = `refs/leads/fire-20260314 ${FIRE_1} 1773450000\nrefs/leads/quake-20260314 ${QUAKE_2} 1773453600\n`;
    expect(parse(refTimes('refs/leads/'), stdout)).toEqual([
      { story: 'fire-20260314', commit: FIRE_1, seconds: 1773450000 },
      { story: 'quake-20260314', commit: QUAKE_2, seconds: 1773453600 },
    ]);
  });
});

describe('parsers of config', () => {
  it.each([
    ['desk\n', 'desk'],
    ['\n', null],
  ])('getConfig reads %j as %j', (stdout, value) => {
    expect(parse(getConfig('leads.name'), stdout)).toBe(value);
  });

  it('getIdentity reads name and email', () => {
    expect([...parse(getIdentity(), 'user.name Test Desk\nuser.email desk@example.com\n')]).toEqual([
      ['user.name', 'Test Desk'],
      ['user.email', 'desk@example.com'],
    ]);
  });
});

describe('writing commands', () => {
  it("commitTree carries the lead's author and time, not the machine's", () => {
    const kim = { name: 'Kim Desk', email: 'kim@example.com' };
    const command = commitTree('4797e309853b40c4fbecf3fd0e3c304dc5396df1', QUAKE_1, 'msg', kim, new Date('2026-03-14T01:00:00Z'));
    expect(command.args).toEqual(['commit-tree', '4797e309853b40c4fbecf3fd0e3c304dc5396df1', '-p', QUAKE_1, '-F', '-']);
    expect(command.input).toBe('msg');
    expect(command.env).toEqual({
      GIT_AUTHOR_NAME: 'Kim Desk',
      GIT_AUTHOR_EMAIL: 'kim@example.com',
      GIT_AUTHOR_DATE: '1773450000 +0000',
      GIT_COMMITTER_NAME: 'Kim Desk',
      GIT_COMMITTER_EMAIL: 'kim@example.com',
      GIT_COMMITTER_DATE: '1773450000 +0000',
    });
  });

  it.each([
    [QUAKE_1, QUAKE_1],
    [null, ZERO_ID],
  ])('updateRef expecting %s compares against %s', (expected, old) => {
    expect(updateRef('refs/leads/quake-20260314', QUAKE_2, expected, 'leads: lead 2').args).toEqual([
      'update-ref',
      '-m',
      'leads: lead 2',
      'refs/leads/quake-20260314',
      QUAKE_2,
      old,
    ]);
  });
});

describe('bulk writes', () => {
  it('updateRefs moves every ref in one transaction, each against the value it was read at', () => {
    const command = updateRefs(
      [
        { ref: 'refs/leads/quake-20260314', next: QUAKE_2, expected: QUAKE_1 },
        { ref: 'refs/leads/fire-20260314', next: FIRE_1, expected: null },
      ],
      'leads: import',
    );
    expect(command.args).toEqual(['update-ref', '-m', 'leads: import', '--stdin']);
    expect(command.input).toBe(
      `start\nupdate refs/leads/quake-20260314 ${QUAKE_2} ${QUAKE_1}\nupdate refs/leads/fire-20260314 ${FIRE_1} ${ZERO_ID}\ncommit\n`,
    );
  });

  it('streamCommit counts data in bytes, follows its parent only when told, and asks for its id', () => {
    const text = 'SÉOUL, March 14 -- Quake.\n';
    const chunk = streamCommit({
      mark: 7,
      from: QUAKE_1,
      author: { name: 'Kim <Desk>', email: 'kim@example.com' },
      time: new Date('2026-03-14T01:00:00Z'),
      message: 'msg\n',
      text,
    });
    expect(chunk).toBe(
      `commit ${SCRATCH_BRANCH}\nmark :7\nauthor Kim Desk <kim@example.com> 1773450000 +0000\ncommitter Kim Desk <kim@example.com> 1773450000 +0000\n` +
        `data 4\nmsg\n\nfrom ${QUAKE_1}\ndeleteall\nM 100644 inline lead.txt\ndata ${Buffer.byteLength(text)}\n${text}\nget-mark :7\n`,
    );
    expect(Buffer.byteLength(text)).toBe(text.length + 1);
    expect(streamCommit({ mark: 8, from: null, author: { name: 'K', email: 'k@x' }, time: new Date(0), message: 'm', text: 't' })).not.toContain('from ');
  });

  it('streamEnd clears the scratch branch before done, so that fast-import writes no ref', () => {
    expect(streamEnd()).toBe(`reset ${SCRATCH_BRANCH}\ndone\n`);
  });
});

describe('parsers of push and fetch', () => {
  it('pushStoryRefs sorts stories into sent, up to date and refused', () => {
    const stdout =
      'To ../b\n' +
      '=\trefs/leads/fire-20260314:refs/leads/fire-20260314\t[up to date]\n' +
      ' \trefs/leads/quake-20260314:refs/leads/quake-20260314\t19a36ea..594ad79\n' +
      '*\trefs/leads/new-20260314:refs/leads/new-20260314\t[new reference]\n' +
      'Done\n';
    expect(parse(pushStoryRefs('../b'), stdout)).toEqual({
      sent: ['quake-20260314', 'new-20260314'],
      upToDate: ['fire-20260314'],
      refused: [],
      rejected: [],
      remoteLines: [],
      failure: null,
    });
  });

  it('pushStoryRefs takes exit code 1 with a refused story as an answer', () => {
    const stdout =
      'To ../b\n' +
      '=\trefs/leads/new-20260314:refs/leads/new-20260314\t[up to date]\n' +
      '!\trefs/leads/fire-20260314:refs/leads/fire-20260314\t[rejected] (fetch first)\n' +
      'Done\n';
    const stderr = "error: failed to push some refs to '../b'\nhint: Updates were rejected because the remote contains work that you do\n";
    expect(parse(pushStoryRefs('../b'), stdout, { code: 1, stderr })).toMatchObject({ sent: [], upToDate: ['new-20260314'], refused: ['fire-20260314'], rejected: [] });
  });

  it.each([
    ['a hook', '[remote rejected] (pre-receive hook declined)', 'rejected', 'pre-receive hook declined'],
    ['permissions', '[remote rejected] (unable to write object to database)', 'rejected', 'unable to write object to database'],
    ['a push that landed first, seen by git', '[rejected] (non-fast-forward)', 'refused', null],
    ['a push that landed first, seen by the server', '[remote rejected] (failed to update ref)', 'refused', null],
    ['a lost lock', "[remote rejected] (cannot lock ref 'refs/leads/fire-20260314': is at 1a2b3c4 but expected 5d6e7f8)", 'refused', null],
  ])('pushStoryRefs tells a refusal by %s from the rest', (_name, summary, kind, reason) => {
    const stdout = `To ../b\n!\trefs/leads/fire-20260314:refs/leads/fire-20260314\t${summary}\nDone\n`;
    const stderr = 'remote: desk policy: embargoed until 09:00        \nremote: ask the night editor\x1b[K\nerror: failed to push some refs\n';
    const report = parse(pushStoryRefs('../b'), stdout, { code: 1, stderr });
    expect(report.remoteLines).toEqual(['remote: desk policy: embargoed until 09:00', 'remote: ask the night editor']);
    if (kind === 'refused') expect(report).toMatchObject({ refused: ['fire-20260314'], rejected: [] });
    else expect(report).toMatchObject({ refused: [], rejected: [{ story: 'fire-20260314', reason }] });
  });

  const noRepository =
    "fatal: '../nowhere' does not appear to be a git repository\nfatal: Could not read from remote repository.\n\n" +
    'Please make sure you have the correct access rights\nand the repository exists.\n';

  it("a push to no repository reports git's first fatal line as its failure", () => {
    expect(parse(pushStoryRefs('../nowhere'), '', { code: 128, stderr: noRepository }).failure).toBe(
      "fatal: '../nowhere' does not appear to be a git repository",
    );
  });

  it("a fetch from no repository says so in git's first fatal line", () => {
    expect(() => parse(fetchStoryRefs('../nowhere'), '', { code: 128, stderr: noRepository })).toThrow(
      "fetch from ../nowhere failed: fatal: '../nowhere' does not appear to be a git repository",
    );
  });

  it('fetchStoryRefs that succeeds has nothing to say', () => {
    expect(parse(fetchStoryRefs('../b'), '', ok)).toBeUndefined();
  });

  it.each([
    ['pushStoryRefs', pushStoryRefs('--upload-pack=evil').args],
    ['fetchStoryRefs', fetchStoryRefs('--upload-pack=evil').args],
  ])('%s keeps the remote after --end-of-options', (_name, args) => {
    expect(args[args.indexOf('--upload-pack=evil') - 1]).toBe('--end-of-options');
  });
});
