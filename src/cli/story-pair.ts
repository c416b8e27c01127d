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
    from = leads.find((record) => record.lead === to.lead - 1)!;
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
