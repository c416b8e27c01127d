import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StoreError } from './errors.js';
import type { GitRunner } from './git.js';
import { commitTree, hashBlob, hashFiles, makeTree, makeTrees, updateRef, type Author } from './git-commands.js';
import { formatMessage, type LeadMessage } from './message.js';
import { readTip } from './read.js';
import { storyRef } from './story-id.js';

/**
 * Writing a store, with plumbing only: objects first, then the story's ref
 * moved by a compare-and-swap, so that a killed process leaves at most
 * unreferenced objects and two desks can never overwrite each other.
 * `Store` (store.ts) is the public face of these.
 */

export type { Author };

/** A lead to write: its story, the commit it follows, its text as it moves, its commit message, who and when. */
export interface NewLead {
  readonly story: string;
  /** The commit of the lead this one follows, as read before writing; null for a first version. */
  readonly parent: string | null;
  readonly text: string;
  readonly message: LeadMessage;
  readonly author: Author;
  readonly time: Date;
}

/** A lead of a run written together (`writeStory`): its story and parent come from the run. */
export type StoryLead = Omit<NewLead, 'story' | 'parent'>;

/** One step of a write, handed the previous step's result. */
export type WriteStep = (previous: string | null) => Promise<string>;

export async function writeLead(git: GitRunner, lead: NewLead): Promise<string> {
  let value: string | null = null;
  for (const step of writeSteps(git, lead)) value = await step(value);
  return value!;
}

/** Blob, tree, commit, then the ref: the last step alone makes the lead visible. */
export function writeSteps(git: GitRunner, lead: NewLead): WriteStep[] {
  let commit = '';
  return [
    () => git.run(hashBlob(lead.text)),
    (blob) => git.run(makeTree(blob!)),
    async (tree) => (commit = await commitLead(git, tree!, lead.parent, lead)),
    async () => {
      await moveStory(git, lead.story, commit, lead.parent, `leads: lead ${lead.message.lead}`);
      return commit;
    },
  ];
}

/** All blobs in one git process, all trees in another, one commit-tree per lead, and the ref moved once. */
export async function writeStory(git: GitRunner, story: string, parent: string | null, leads: readonly StoryLead[]): Promise<string[]> {
  if (leads.length === 0) return [];
  const folder = mkdtempSync(join(tmpdir(), 'leads-import-'));
  try {
    const paths = leads.map((lead, index) => {
      const path = join(folder, String(index));
      writeFileSync(path, lead.text);
      return path;
    });
    const blobs = await git.run(hashFiles(paths));
    const trees = await git.run(makeTrees(blobs));
    const commits: string[] = [];
    let tip = parent;
    for (const [index, lead] of leads.entries()) {
      tip = await commitLead(git, trees[index]!, tip, lead);
      commits.push(tip);
    }
    await moveStory(git, story, tip!, parent, `leads: import to lead ${leads.at(-1)!.message.lead}`);
    return commits;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** A lead's commit, with its author and time. */
function commitLead(git: GitRunner, tree: string, parent: string | null, lead: StoryLead): Promise<string> {
  return git.run(commitTree(tree, parent, formatMessage(lead.message), lead.author, lead.time));
}

/** Moves a story's ref only if it still points at `expected`; otherwise another desk moved it first. */
async function moveStory(git: GitRunner, story: string, next: string, expected: string | null, reason: string): Promise<void> {
  try {
    await git.run(updateRef(storyRef(story), next, expected, reason));
  } catch (error) {
    if (error instanceof StoreError && error.kind === 'git-failed') throw await conflict(git, story);
    throw error;
  }
}

async function conflict(git: GitRunner, story: string): Promise<StoreError> {
  const now = await readTip(git, story);
  if (!now) return new StoreError('conflict', `story ${story} changed while you were editing; re-run the command`);
  return new StoreError(
    'conflict',
    `story ${story} moved on to lead ${now.lead} while you were editing; re-run to commit as lead ${now.lead + 1}`,
  );
}
