import { existsSync } from 'node:fs';
import { StoreError } from './errors.js';
import type { GitRunner } from './git.js';
import { isStoryId } from './story-id.js';

/**
 * Moving stories to and from an ordinary git remote. Pushes never force:
 * a story another desk moved first is refused by the remote and reported.
 * Pulls never drop a lead: local leads the remote lacks are kept under
 * `refs/leads-unsent/<story>/<lead>-<commit>` before the story follows the remote.
 */

export const UNSENT_PREFIX = 'refs/leads-unsent/';
const FETCH_PREFIX = 'refs/leads-fetched/';

/** A remote is a configured remote's name, an existing folder, or a URL; never an option. */
export async function validateRemote(git: GitRunner, remote: string): Promise<string> {
  if (remote.startsWith('-')) throw new StoreError('bad-story-id', `'${remote}' is not a remote: a remote never starts with '-'`);
  const configured = (await git.exec(['remote'])).stdout.split('\n').filter(Boolean);
  if (configured.includes(remote)) return remote;
  if (/^(?:https?|ssh|git|file):\/\/[^\s]+$/.test(remote) || existsSync(remote)) return remote;
  throw new StoreError(
    'unknown-story',
    `no remote '${remote}'; add one with 'git -C STORE remote add ${/^[\w.-]+$/.test(remote) ? remote : 'origin'} URL', or give a URL or folder`,
  );
}

export interface PushReport {
  readonly sent: string[];
  readonly upToDate: string[];
  /** Stories the remote refused because another desk moved them first. */
  readonly refused: string[];
}

export async function pushStories(git: GitRunner, remote: string): Promise<PushReport> {
  const result = await git.exec(['push', '--porcelain', '--end-of-options', remote, 'refs/leads/*:refs/leads/*']);
  const report: PushReport = { sent: [], upToDate: [], refused: [] };
  for (const line of result.stdout.split('\n')) {
    const match = /^(.)\trefs\/leads\/([^:]+):\S+\t(.*)$/.exec(line);
    if (!match) continue;
    const [, flag, story] = match;
    if (flag === '!') report.refused.push(story!);
    else if (flag === '=') report.upToDate.push(story!);
    else report.sent.push(story!);
  }
  if (result.code !== 0 && report.refused.length === 0) {
    const reason = result.stderr.split('\n').find((line) => line.startsWith('fatal:') || line.startsWith('error:')) ?? result.stderr.trim();
    throw new StoreError('git-failed', `push to ${remote} failed: ${reason || `git exited with ${result.code}`}`);
  }
  return report;
}

export interface KeptLead {
  readonly story: string;
  readonly lead: number;
  readonly commit: string;
  readonly ref: string;
}

export interface PullReport {
  readonly created: string[];
  readonly updated: string[];
  readonly upToDate: string[];
  /** Local leads the remote did not have, kept aside when the story followed the remote. */
  readonly kept: KeptLead[];
}

export async function pullStories(git: GitRunner, remote: string): Promise<PullReport> {
  const fetched = await git.exec(['fetch', '--no-tags', '--end-of-options', remote, `+refs/leads/*:${FETCH_PREFIX}*`]);
  if (fetched.code !== 0) {
    const reason = fetched.stderr.split('\n').find((line) => line.startsWith('fatal:')) ?? fetched.stderr.trim();
    throw new StoreError('git-failed', `fetch from ${remote} failed: ${reason}`);
  }
  const report: PullReport = { created: [], updated: [], upToDate: [], kept: [] };
  try {
    // Both sides' refs in two calls, however many stories: only stories that differ cost more.
    const local = await refsUnder(git, 'refs/leads/');
    for (const [story, theirs] of await refsUnder(git, FETCH_PREFIX)) {
      if (!isStoryId(story)) continue; // a ref we did not write: never let it name a local ref
      const ours = local.get(story) ?? null;
      if (ours === theirs) report.upToDate.push(story);
      else if (ours === null) {
        await moveRef(git, story, theirs, null);
        report.created.push(story);
      } else if (await isAncestor(git, theirs, ours)) {
        report.upToDate.push(story); // ours is ahead: push will send it
      } else if (await isAncestor(git, ours, theirs)) {
        await moveRef(git, story, theirs, ours);
        report.updated.push(story);
      } else {
        report.kept.push(...(await keepUnsent(git, story, ours, theirs)));
        await moveRef(git, story, theirs, ours);
        report.updated.push(story);
      }
    }
  } finally {
    for (const ref of (await git.exec(['for-each-ref', '--format=%(refname)', FETCH_PREFIX])).stdout.split('\n').filter(Boolean)) {
      await git.exec(['update-ref', '-d', ref]);
    }
  }
  return report;
}

async function refsUnder(git: GitRunner, prefix: string): Promise<Map<string, string>> {
  const out = await git.exec(['for-each-ref', '--format=%(refname) %(objectname)', prefix]);
  const refs = new Map<string, string>();
  for (const line of out.stdout.split('\n').filter(Boolean)) {
    const [ref, commit] = line.split(' ');
    refs.set(ref!.slice(prefix.length), commit!);
  }
  return refs;
}

async function isAncestor(git: GitRunner, ancestor: string, descendant: string): Promise<boolean> {
  return (await git.exec(['merge-base', '--is-ancestor', ancestor, descendant])).code === 0;
}

async function moveRef(git: GitRunner, story: string, next: string, expected: string | null): Promise<void> {
  const result = await git.exec(['update-ref', '-m', 'leads: pull', `refs/leads/${story}`, next, expected ?? '0'.repeat(40)]);
  if (result.code !== 0) {
    throw new StoreError('conflict', `story ${story} moved here while pulling; run 'leads pull' again`);
  }
}

/** Each local lead the remote lacks gets a ref of its own, so that nothing is lost. */
async function keepUnsent(git: GitRunner, story: string, ours: string, theirs: string): Promise<KeptLead[]> {
  const listed = await git.exec(['log', '--format=%H %(trailers:key=Lead,valueonly,separator=)', ours, `^${theirs}`, '--']);
  const kept: KeptLead[] = [];
  for (const line of listed.stdout.split('\n').filter(Boolean).reverse()) {
    const [commit, lead] = line.split(' ');
    const ref = `${UNSENT_PREFIX}${story}/${lead}-${commit!.slice(0, 7)}`;
    await git.exec(['update-ref', ref, commit!]);
    kept.push({ story, lead: Number(lead), commit: commit!, ref });
  }
  return kept;
}

export async function listUnsent(git: GitRunner, story?: string): Promise<KeptLead[]> {
  const prefix = story ? `${UNSENT_PREFIX}${story}/` : UNSENT_PREFIX;
  const out = await git.exec(['for-each-ref', '--format=%(refname) %(objectname)', prefix]);
  return out.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [ref, commit] = line.split(' ');
      const [id, name] = ref!.slice(UNSENT_PREFIX.length).split('/');
      return { story: id!, lead: Number(name!.split('-')[0]), commit: commit!, ref: ref! };
    });
}
