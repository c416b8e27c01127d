import { newestFirst, type StorySummary } from './read.js';
import type { RefsStamp } from './refs-state.js';

/** What the cache needs of a store (`Store` has all of it). */
export interface ListSource {
  refsStamp(): RefsStamp;
  allTips(): Promise<Map<string, string>>;
  summaries(tips: readonly (readonly [story: string, commit: string])[]): Promise<(StorySummary | null)[]>;
}

/**
 * The story list of a long-running reader (the web view), newest first.
 * While the refs' stamp stays the same, a call costs a few file stats,
 * however many stories the store holds. When it changes, the refs' names
 * and tips are listed (no commit read) and only the stories whose tip moved
 * are read again; callers that arrive meanwhile share that refresh.
 */
export class StoryListCache {
  private key: string | null = null;
  private sorted: readonly StorySummary[] = [];
  private readonly byStory = new Map<string, StorySummary>();
  private loading: { key: string; promise: Promise<readonly StorySummary[]> } | null = null;
  /** Refreshes run one after another, so that an older one never lands over a newer one. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly source: ListSource) {}

  current(): Promise<readonly StorySummary[]> {
    const stamp = this.source.refsStamp();
    if (stamp.key === this.key) return Promise.resolve(this.sorted);
    if (this.loading?.key !== stamp.key) {
      const promise = this.queue.then(() => this.refresh(stamp));
      this.queue = promise.catch(() => undefined);
      this.loading = { key: stamp.key, promise };
    }
    return this.loading.promise;
  }

  private async refresh(stamp: RefsStamp): Promise<readonly StorySummary[]> {
    try {
      const tips = await this.source.allTips();
      const moved = [...tips].filter(([story, commit]) => this.byStory.get(story)?.commit !== commit);
      const read = await this.source.summaries(moved);
      let changed = moved.length > 0;
      for (const story of this.byStory.keys()) {
        if (tips.has(story)) continue;
        this.byStory.delete(story);
        changed = true;
      }
      read.forEach((summary, index) => {
        if (summary) this.byStory.set(moved[index]![0], summary);
        else this.byStory.delete(moved[index]![0]);
      });
      if (changed) this.sorted = newestFirst([...this.byStory.values()]);
      // Kept for good only once the stamp has settled: a change within the same file-time tick would not show.
      this.key = stamp.settled ? stamp.key : null;
      return this.sorted;
    } finally {
      if (this.loading?.key === stamp.key) this.loading = null;
    }
  }
}
