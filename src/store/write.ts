import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StoreError } from './errors.js';
import type { GitRunner } from './git.js';
import {
  commitTree,
  fastImport,
  hashBlob,
  makeTree,
  refValues,
  streamCommit,
  streamEnd,
  streamReset,
  updateRef,
  updateRefs,
  type Author,
  type RefMove,
} from './git-commands.js';
import { formatMessage, type LeadMessage } from './message.js';
import { readTip } from './read.js';
import { moveUnderLock } from './slug-index.js';
import { storyRef, validateStoryId } from './story-id.js';

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

/** One story's new leads in a bulk write: they go on top of `parent` (null: a new story), oldest first. */
export interface StoryRun {
  readonly story: string;
  readonly parent: string | null;
  readonly leads: readonly StoryLead[];
}

export interface BulkReport {
  /** Each story written, with its new commits oldest first, in the order given. */
  readonly written: { readonly story: string; readonly commits: readonly string[] }[];
  /** Stories another writer moved after their parent was read: left as that writer left them. */
  readonly conflicts: readonly string[];
}

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
      await moveUnderLock(git, async (moved) => {
        await moveStory(git, lead.story, commit, lead.parent, `leads: lead ${lead.message.lead}`);
        moved.push({ story: lead.story, seconds: secondsOf(lead.time) });
      });
      return commit;
    },
  ];
}

/** One story's run of leads, all or nothing (see `writeStories`); a conflict is thrown as one. */
export async function writeStory(git: GitRunner, story: string, parent: string | null, leads: readonly StoryLead[]): Promise<string[]> {
  const report = await writeStories(git, [{ story, parent, leads }]);
  if (report.conflicts.length > 0) throw await conflict(git, story);
  return [...(report.written[0]?.commits ?? [])];
}

/**
 * Writes many stories' leads at once, as git itself would: every lead
 * streamed into one `git fast-import` (which writes objects only), then
 * every story's ref moved in one `update-ref --stdin` transaction, each
 * only if it still points at its run's parent. A story another writer
 * moved meanwhile is dropped from the transaction, which is retried without
 * it, and reported. Runs are read as they come (an async generator can
 * prepare the next story while git writes the last), so an archive is never
 * held in memory whole. A process killed at any point leaves stories as
 * they were or imported whole, and at most unreferenced objects.
 */
export async function writeStories(git: GitRunner, runs: Iterable<StoryRun> | AsyncIterable<StoryRun>): Promise<BulkReport> {
  const planned: { story: string; parent: string | null; leads: number; seconds: number }[] = [];
  const seen = new Set<string>();
  async function* stream(): AsyncGenerator<string> {
    let mark = 0;
    for await (const run of runs) {
      if (run.leads.length === 0) continue;
      validateStoryId(run.story);
      if (seen.has(run.story)) throw new Error(`bulk write: story ${run.story} given twice`);
      seen.add(run.story);
      planned.push({ story: run.story, parent: run.parent, leads: run.leads.length, seconds: secondsOf(run.leads.at(-1)!.time) });
      let chunk = streamReset();
      for (const [index, lead] of run.leads.entries()) {
        const message = formatMessage(lead.message);
        chunk += streamCommit({ mark: ++mark, from: index === 0 ? run.parent : null, author: lead.author, time: lead.time, message, text: lead.text });
      }
      yield chunk;
    }
    yield streamEnd();
  }
  const scratch = scratchRepository(git.dir);
  let ids: string[];
  try {
    ids = await git.run(fastImport(stream(), scratch, join(git.dir, 'objects')));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  if (planned.length === 0) return { written: [], conflicts: [] };
  let at = 0;
  const commits = planned.map((run) => ids.slice(at, (at += run.leads)));
  if (at !== ids.length || commits.some((list) => list.length === 0)) {
    throw new StoreError('git-failed', `git fast-import gave ${ids.length} commit ids for ${at} leads; nothing was moved`);
  }
  const moves = planned.map((run, index) => ({ ref: storyRef(run.story), next: commits[index]!.at(-1)!, expected: run.parent }));
  const refused = await moveUnderLock(git, async (moved) => {
    const result = await moveAll(git, moves);
    const landed = new Set(result.moved);
    moves.forEach((move, index) => landed.has(move) && moved.push({ story: planned[index]!.story, seconds: planned[index]!.seconds }));
    return new Set(result.refused);
  });
  const written: BulkReport['written'] = [];
  const conflicts: string[] = [];
  moves.forEach((move, index) => {
    const story = planned[index]!.story;
    if (refused.has(move)) conflicts.push(story);
    else written.push({ story, commits: commits[index]! });
  });
  return { written, conflicts };
}

/**
 * One transaction for every move; when git refuses it, the refs that moved
 * since they were read are dropped and the rest tried again. A refusal with
 * no ref moved is a real failure.
 */
async function moveAll(git: GitRunner, moves: readonly RefMove[]): Promise<{ moved: RefMove[]; refused: RefMove[] }> {
  let pending = [...moves];
  const refused: RefMove[] = [];
  while (pending.length > 0) {
    try {
      await git.run(updateRefs(pending, 'leads: import'));
      return { moved: pending, refused };
    } catch (error) {
      if (!(error instanceof StoreError && error.kind === 'git-failed')) throw error;
      const now = await git.run(refValues(pending.map((move) => move.ref)));
      const moved = pending.filter((move, index) => (now[index] ?? null) !== move.expected);
      if (moved.length === 0) throw error;
      refused.push(...moved);
      pending = pending.filter((move) => !moved.includes(move));
    }
  }
  return { moved: [], refused };
}

/**
 * A repository of its own for fast-import, sharing the store's objects: the
 * store's config (its object format) and nothing else, so that fast-import
 * can never write a ref, a crash report or a marks file into the store.
 */
function scratchRepository(storeDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'leads-fast-import-'));
  mkdirSync(join(dir, 'refs'));
  mkdirSync(join(dir, 'objects'));
  writeFileSync(join(dir, 'HEAD'), 'ref: refs/heads/main\n');
  copyFileSync(join(storeDir, 'config'), join(dir, 'config'));
  return dir;
}

/** A lead's commit, with its author and time. */
function commitLead(git: GitRunner, tree: string, parent: string | null, lead: StoryLead): Promise<string> {
  return git.run(commitTree(tree, parent, formatMessage(lead.message), lead.author, lead.time));
}

const secondsOf = (time: Date) => Math.floor(time.getTime() / 1000);

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
