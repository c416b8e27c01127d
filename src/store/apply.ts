import { parseArticle } from '../article/parse.js';
import { StoreError } from './errors.js';
import type { CommitPlan, StoredLead, TargetFacts } from './plan.js';
import type { LeadRecord } from './read.js';
import { datedStoryId } from './story-id.js';
import type { Author, Store } from './store.js';

/**
 * The store's side of a plan (plan.ts): what a plan needs read from the
 * store before it is made, and the write it decided, after. Nothing here
 * decides anything.
 */

/** A draft's story as the editor gave it: by name (`--story`), or the id its slug line makes. */
export type TargetQuery = { readonly story: string } | { readonly slugId: string };

export interface TargetOptions {
  /** `--new`: no story is continued by slug, so none is looked for. */
  readonly new: boolean;
  readonly time: Date;
  readonly windowHours: number;
}

/** The story a draft may go to and its latest lead, read as the query and options ask. */
export async function readTarget(store: Store, query: TargetQuery, options: TargetOptions): Promise<TargetFacts> {
  if ('story' in query) {
    const tip = await store.tipWithText(query.story);
    return { kind: 'named', story: query.story, tip: tip && storedLead(tip.record, tip.text) };
  }
  if (!options.new) {
    const recent = await store.recentStoriesForSlug(query.slugId, options.time, options.windowHours);
    // Two desks' stories of one slug in the window: which one this lead continues is the editor's to say.
    if (recent.length > 1) return { kind: 'ambiguous', stories: recent.map(({ story, label, time }) => ({ story, label, time })) };
    const [latest] = recent;
    if (latest) return { kind: 'recent', story: latest.story, tip: storedLead(latest, await store.text(latest.commit)) };
  }
  for (let attempt = 1; ; attempt++) {
    const story = datedStoryId(query.slugId, options.time, attempt);
    if (!(await store.tip(story))) return { kind: 'fresh', story };
  }
}

function storedLead(record: LeadRecord, text: string): StoredLead {
  return { commit: record.commit, lead: record.lead, time: record.time, article: parseArticle(text) };
}

/** Writes a planned commit; returns the new commit id. */
export function applyCommit(store: Store, plan: CommitPlan, author: Author): Promise<string> {
  return store.write({ story: plan.story, parent: plan.parent, author, ...plan.write });
}

/** What the store holds of a story, oldest first, each lead by its number, texts read in one go; nothing for a story it lacks. */
export async function readStoredStory(store: Store, story: string): Promise<{ commit: string; lead: number; text: string; time: Date }[]> {
  const records = (await store.log(story).catch((error: unknown) => {
    if (error instanceof StoreError && error.kind === 'unknown-story') return [];
    throw error;
  })).reverse();
  const texts = await store.texts(records.map((record) => record.commit));
  return records.map((record, index) => ({ commit: record.commit, lead: record.lead, text: texts[index]!, time: new Date(record.time) }));
}
