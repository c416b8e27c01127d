import { StoreError } from './errors.js';
import type { GitRunner } from './git.js';
import { isCommitId, listKept, parentOf, retireKeptRef, UNSENT_PREFIX } from './git-commands.js';
import type { KeptLead } from './remote.js';

/**
 * The store's side of `leads rebase`: the leads a pull kept aside for a
 * story, in the order they were written, each with the lead it followed
 * (the base of its merge), and retiring a kept lead's ref once it is
 * re-committed or dropped. The merge itself is src/diff/merge.ts.
 */

export interface KeptWithBase extends KeptLead {
  /** The commit the kept lead followed on this desk: the merge's base. Null for a kept first version. */
  readonly base: string | null;
}

/** A story's kept leads, oldest first (by lead, then by ref), each with its base. */
export async function readKept(git: GitRunner, story: string): Promise<KeptWithBase[]> {
  const kept = (await git.run(listKept(story))).sort((a, b) => a.lead - b.lead || a.ref.localeCompare(b.ref));
  const out: KeptWithBase[] = [];
  for (const lead of kept) {
    if (!isCommitId(lead.commit)) continue;
    out.push({ ...lead, base: await git.run(parentOf(lead.commit)) });
  }
  return out;
}

/** Removes a kept lead's ref, only while it still points at that lead. */
export async function retireKept(git: GitRunner, lead: KeptLead): Promise<void> {
  if (!lead.ref.startsWith(`${UNSENT_PREFIX}${lead.story}/`)) {
    throw new StoreError('bad-story-id', `${lead.ref} is not a kept lead of ${lead.story}`);
  }
  await git.run(retireKeptRef(lead.ref, lead.commit));
}
