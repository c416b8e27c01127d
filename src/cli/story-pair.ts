import { parseArticle } from '../article/parse.js';
import { StoreError } from '../store/errors.js';
import type { Io } from './io.js';
import type { LeadPair } from './sources.js';
import { openStore } from './store-access.js';

/**
 * Two leads of a story: TO defaults to the latest, FROM to the lead before
 * TO. Lead refs are those of `leads show`.
 */
export async function readStoryPair(store: string | undefined, story: string, refs: readonly string[], io: Io): Promise<LeadPair> {
  const opened = await openStore({ store }, io);
  const [fromRef, toRef] = refs.length >= 2 ? refs : [undefined, refs[0]];
  const leads = await opened.log(story);
  const to = await opened.lookup(leads, story, toRef ?? 'latest');
  let from;
  if (fromRef !== undefined) {
    from = await opened.lookup(leads, story, fromRef);
  } else {
    if (to.lead === 0) {
      throw new StoreError('no-previous', `lead 0 of ${story} is its first version: there is no lead before it to compare with`);
    }
    // The lead before is the greatest number below: an imported archive may have gaps (newest first, so the first found).
    from = leads.find((record) => record.lead < to.lead);
    if (!from) {
      throw new StoreError(
        'unknown-lead',
        `lead ${to.lead} (${to.label ?? 'the first version'}) is the earliest lead of ${story} in the store: the leads before it are missing from the archive it was imported from, so there is none to compare it with`,
      );
    }
  }
  const [oldText, newText] = await opened.texts([from.commit, to.commit]);
  return {
    old: parseArticle(oldText!),
    new: parseArticle(newText!),
    oldName: `${story}@${from.lead}`,
    newName: `${story}@${to.lead}`,
    story: { id: story, from: from.lead, to: to.lead },
  };
}
