import { existsSync } from 'node:fs';
import { StoreError } from './errors.js';
import type { GitRunner } from './git.js';
import {
  deleteRefs,
  fetchStoryRefs,
  FETCH_PREFIX,
  isAncestor,
  leadsMissingFrom,
  listRemotes,
  pushStoryRefs,
  refNames,
  refTimes,
  refTips,
  setRef,
  STORY_PREFIX,
  UNSENT_PREFIX,
  updateRef,
} from './git-commands.js';
import { moveUnderLock } from './slug-index.js';
import { isStoryId } from './story-id.js';

/**
 * Moving stories to and from an ordinary git remote. Pushes never force:
 * a story another desk moved first is refused by the remote and reported.
 * Pulls never drop a lead: local leads the remote lacks are kept under
 * `refs/leads-unsent/<story>/<lead>-<commit>` before the story follows the remote.
 */

/** A remote is a configured remote's name, an existing folder, or a URL; never an option. */
export async function validateRemote(git: GitRunner, remote: string): Promise<string> {
  if (remote.startsWith('-')) throw new StoreError('bad-story-id', `'${remote}' is not a remote: a remote never starts with '-'`);
  if ((await git.run(listRemotes())).includes(remote)) return remote;
  if (/^(?:https?|ssh|git|file):\/\/[^\s]+$/.test(remote) || existsSync(remote)) return remote;
  throw new StoreError(
    'unknown-story',
    `no remote '${remote}'; add one with 'git -C STORE remote add ${/^[\w.-]+$/.test(remote) ? remote : 'origin'} URL', or give a URL or folder`,
  );
}

/** What a push did, story by story. */
export interface PushReport {
  readonly sent: string[];
  readonly upToDate: string[];
  /** Stories the remote refused because another desk moved them first. */
  readonly refused: string[];
  /** Stories the server refused for another reason (a hook, permissions), with git's reason. */
  readonly rejected: { readonly story: string; readonly reason: string }[];
  /** The `remote:` lines the server printed (a hook's own words). */
  readonly remoteLines: string[];
  /** Why the push failed before any story was answered (a broken remote, authentication); null when it got that far. */
  readonly failure: string | null;
}

export async function pushStories(git: GitRunner, remote: string): Promise<PushReport> {
  return git.run(pushStoryRefs(remote));
}

/** A local lead a pull kept aside under its own ref, because the remote's story moved on without it. */
export interface KeptLead {
  readonly story: string;
  readonly lead: number;
  readonly commit: string;
  readonly ref: string;
}

/** What a pull did, story by story. */
export interface PullReport {
  readonly created: string[];
  readonly updated: string[];
  readonly upToDate: string[];
  /** Local leads the remote did not have, kept aside when the story followed the remote. */
  readonly kept: KeptLead[];
}

export async function pullStories(git: GitRunner, remote: string): Promise<PullReport> {
  await git.run(fetchStoryRefs(remote));
  // The fetch may take long and moves no story; the moves that follow hold the store lock, which keeps the slug index.
  return moveUnderLock(git, async (moved) => {
    const report: PullReport = { created: [], updated: [], upToDate: [], kept: [] };
    try {
      // Both sides' refs in two calls, however many stories: only stories that differ cost more.
      const local = await git.run(refTips(STORY_PREFIX));
      for (const { story, commit: theirs, seconds } of await git.run(refTimes(FETCH_PREFIX))) {
        if (!isStoryId(story)) continue; // a ref we did not write: never let it name a local ref
        const ours = local.get(story) ?? null;
        if (ours === theirs) report.upToDate.push(story);
        else if (ours === null) {
          await moveRef(git, story, theirs, null);
          report.created.push(story);
        } else if (await git.run(isAncestor(theirs, ours))) {
          report.upToDate.push(story); // ours is ahead: push will send it
          continue;
        } else if (await git.run(isAncestor(ours, theirs))) {
          await moveRef(git, story, theirs, ours);
          report.updated.push(story);
        } else {
          report.kept.push(...(await keepUnsent(git, story, ours, theirs)));
          await moveRef(git, story, theirs, ours);
          report.updated.push(story);
        }
        if (ours !== theirs) moved.push({ story, seconds });
      }
    } finally {
      const fetched = await git.run(refNames(FETCH_PREFIX));
      if (fetched.length > 0) await git.run(deleteRefs(fetched));
    }
    return report;
  });
}

async function moveRef(git: GitRunner, story: string, next: string, expected: string | null): Promise<void> {
  try {
    await git.run(updateRef(`${STORY_PREFIX}${story}`, next, expected, 'leads: pull'));
  } catch (error) {
    if (error instanceof StoreError && error.kind === 'git-failed') {
      throw new StoreError('conflict', `story ${story} moved here while pulling; run 'leads pull' again`);
    }
    throw error;
  }
}

/** Each local lead the remote lacks gets a ref of its own, so that nothing is lost. */
async function keepUnsent(git: GitRunner, story: string, ours: string, theirs: string): Promise<KeptLead[]> {
  const kept: KeptLead[] = [];
  for (const { commit, lead } of await git.run(leadsMissingFrom(theirs, ours))) {
    const ref = `${UNSENT_PREFIX}${story}/${lead}-${commit.slice(0, 7)}`;
    await git.run(setRef(ref, commit));
    kept.push({ story, lead, commit, ref });
  }
  return kept;
}
