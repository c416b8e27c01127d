import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../src/store/errors.js';
import { commitTree, getIdentity, hashBlob, isAncestor, makeTree, readBlob, refNames } from '../../src/store/git-commands.js';
import { GitRunner, type GitCommand } from '../../src/store/git.js';
import { git } from '../helpers/store.js';

/** A bare repository of its own, and a runner on it with nothing ambient but PATH and HOME. */
function repository(): { dir: string; runner: GitRunner } {
  const dir = mkdtempSync(join(tmpdir(), 'leads-git-'));
  git(dir, 'init', '-q', '--bare', '.');
  return { dir, runner: new GitRunner(dir, { PATH: process.env.PATH ?? '', HOME: dir, LC_ALL: 'C' }) };
}

const desk = { name: 'Runner Desk', email: 'runner@example.com' };

async function commitOf(runner: GitRunner, text: string, parent: string | null): Promise<string> {
  const tree = await runner.run(makeTree(await runner.run(hashBlob(text))));
  return runner.run(commitTree(tree, parent, `lead of ${text}`, desk, new Date('2026-03-14T01:00:00Z')));
}

describe('GitRunner', () => {
  it('feeds a command its input, and git stores exactly that text', async () => {
    const { dir, runner } = repository();
    const blob = await runner.run(hashBlob('Rescuers reached the village at dawn.\n'));
    expect(git(dir, 'cat-file', 'blob', blob)).toBe('Rescuers reached the village at dawn.\n');
  });

  it("runs a command in its own environment: the commit is the lead's author's, at the lead's time", async () => {
    const { dir, runner } = repository();
    const commit = await commitOf(runner, 'one', null);
    expect(git(dir, 'log', '-1', '--format=%an <%ae> %at|%cn <%ce> %ct', commit).trim()).toBe(
      'Runner Desk <runner@example.com> 1773450000|Runner Desk <runner@example.com> 1773450000',
    );
  });

  it('hands an exit code that is an answer to the parser', async () => {
    const { runner } = repository();
    const first = await commitOf(runner, 'one', null);
    const second = await commitOf(runner, 'two', first);
    expect(await runner.run(isAncestor(first, second))).toBe(true);
    expect(await runner.run(isAncestor(second, first))).toBe(false);
  });

  it('takes exit code 1 of git config --get-regexp as no identity, not as a failure', async () => {
    const { dir, runner } = repository();
    expect([...(await runner.run(getIdentity()))]).toEqual([]);
    git(dir, 'config', 'user.name', 'Runner Desk');
    expect([...(await runner.run(getIdentity()))]).toEqual([['user.name', 'Runner Desk']]);
  });

  it.each([
    ['through simple-git', readBlob('0000000000000000000000000000000000000001'), /^git cat-file failed: fatal: /],
    ['spawned', isAncestor('0000000000000000000000000000000000000001', '0000000000000000000000000000000000000002'), /^git merge-base failed: fatal: /],
  ])('throws a failure that is no answer (%s) as git-failed, with git\'s first line', async (_path, command: GitCommand<unknown>, message) => {
    const { runner } = repository();
    const error = await runner.run(command).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).kind).toBe('git-failed');
    expect((error as StoreError).message).toMatch(message);
  });

  it.each([
    ['through simple-git', readBlob('0000000000000000000000000000000000000001')],
    ['spawned', refNames('refs/leads/')],
  ])('says git is missing when it is not on PATH (%s)', async (_path, command: GitCommand<unknown>) => {
    const { dir } = repository();
    const runner = new GitRunner(dir, { PATH: '/nonexistent', HOME: dir });
    await expect(runner.run(command)).rejects.toMatchObject({
      kind: 'git-missing',
      message: 'git is not installed or not on PATH; install git and try again',
    });
  });
});
