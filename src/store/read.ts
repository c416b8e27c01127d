import { missingLeads } from '../article/lead-numbers.js';
import { labelFor } from '../article/label.js';
import { splitLabels } from '../article/parse.js';
import { StoreError } from './errors.js';
import type { GitRunner } from './git.js';
import {
  isCommitId,
  LEAD_FILE,
  listKept,
  listRefs,
  logRef,
  parseCommitObject,
  readBlob,
  readObjects,
  refTips,
  refValues,
  STORY_PREFIX,
  type RawCommit,
  type RawRef,
} from './git-commands.js';
import { attnOf, parseTrailers } from './message.js';
import { candidates, ensureIndex } from './slug-index.js';
import { isDatedIdOf, isStoryId, storyRef, validateStoryId } from './story-id.js';

/**
 * Reading a store: each function reads only what it names (a story's tip
 * is one ref, its history only its own chain of commits), however many
 * stories the store holds. `Store` (store.ts) is the public face of these.
 */

/** One lead as the store holds it. */
export interface LeadRecord {
  readonly story: string;
  readonly lead: number;
  readonly label: string | null;
  readonly headline: string | null;
  readonly attn: string | null;
  readonly slug: string | null;
  readonly time: string;
  readonly author: string;
  readonly commit: string;
  readonly trailers: ReadonlyMap<string, string>;
}

/** A story's latest lead, as `leads list` shows it. */
export interface StorySummary {
  readonly story: string;
  readonly slug: string | null;
  readonly lead: number;
  readonly label: string | null;
  readonly time: string;
  readonly headline: string | null;
  readonly commit: string;
}

/** A story's tip, looked up directly: `for-each-ref` even with a full name reads every loose ref. */
export async function readTip(git: GitRunner, story: string): Promise<LeadRecord | null> {
  const [commit] = await git.run(readObjects([storyRef(story)]));
  if (!commit || commit.type !== 'commit') return null;
  return recordOf(parseCommitObject(commit.sha, commit.content), story);
}

/** Where each story's ref points, null for a story not in the store: one process, direct look-ups. */
export async function readTipCommits(git: GitRunner, stories: readonly string[]): Promise<Map<string, string | null>> {
  if (stories.length === 0) return new Map();
  const values = await git.run(refValues(stories.map(storyRef)));
  return new Map(stories.map((story, index) => [story, values[index] ?? null]));
}

export async function readTipWithText(git: GitRunner, story: string): Promise<{ record: LeadRecord; text: string } | null> {
  const ref = storyRef(story);
  const [commit, blob] = await git.run(readObjects([ref, `${ref}:${LEAD_FILE}`]));
  if (!commit || !blob || commit.type !== 'commit') return null;
  const raw = parseCommitObject(commit.sha, commit.content);
  return { record: recordOf(raw, story), text: blob.content };
}

export async function readLog(git: GitRunner, story: string): Promise<LeadRecord[]> {
  const commits = await git.run(logRef(storyRef(story))).catch((error: unknown) => {
    if (error instanceof StoreError && /bad revision|unknown revision/.test(error.message)) throw unknownStory(story);
    throw error;
  });
  return commits.map((raw) => recordOf(raw, story));
}

export function readText(git: GitRunner, commit: string): Promise<string> {
  return git.run(readBlob(commit));
}

export async function readTexts(git: GitRunner, commits: readonly string[]): Promise<string[]> {
  if (commits.length === 0) return [];
  const objects = await git.run(readObjects(commits.map((commit) => `${commit}:${LEAD_FILE}`)));
  return objects.map((object, index) => {
    if (!object) throw new StoreError('git-failed', `lead ${commits[index]} has no ${LEAD_FILE}; the store may be damaged (git fsck)`);
    return object.content;
  });
}

export async function listStories(git: GitRunner): Promise<StorySummary[]> {
  const refs = await git.run(listRefs(STORY_PREFIX));
  return newestFirst(refs.map((raw) => recordOfRef(raw))).map(({ story, slug, lead, label, time, headline, commit }) => ({
    story,
    slug,
    lead,
    label,
    time,
    headline,
    commit,
  }));
}

/** Where every story's ref points, keyed by story id: names only, no commit is read. */
export async function readAllTips(git: GitRunner): Promise<Map<string, string>> {
  const tips = await git.run(refTips(STORY_PREFIX));
  for (const story of tips.keys()) if (!isStoryId(story)) tips.delete(story);
  return tips;
}

/** The summaries of some stories at the tips given, in one cat-file --batch; null where a tip is no commit. */
export async function readSummaries(git: GitRunner, tips: readonly (readonly [story: string, commit: string])[]): Promise<(StorySummary | null)[]> {
  if (tips.length === 0) return [];
  const objects = await git.run(readObjects(tips.map(([, commit]) => commit)));
  return objects.map((object, index) => {
    if (object?.type !== 'commit') return null;
    const { story, slug, lead, label, time, headline, commit } = recordOf(parseCommitObject(object.sha, object.content), tips[index]![0]);
    return { story, slug, lead, label, time, headline, commit };
  });
}

/** Latest move first, then by story id; each time is read once, before sorting. */
export function newestFirst<T extends { readonly story: string; readonly time: string }>(records: readonly T[]): T[] {
  return records
    .map((record) => ({ record, at: Date.parse(record.time) }))
    .sort((a, b) => b.at - a.at || (a.record.story < b.record.story ? -1 : a.record.story > b.record.story ? 1 : 0))
    .map(({ record }) => record);
}

/**
 * The story a slug continues. Candidates come from the slug index (the
 * stories of this slug seen moving since the window opened), and their
 * tips are read back, so the answer is the refs' own; a store whose index
 * cannot be kept (read-only to this user) is searched by ref name instead.
 */
export async function recentStoryForSlug(git: GitRunner, slugId: string, now: Date, windowHours: number): Promise<LeadRecord | null> {
  return (await recentStoriesForSlug(git, slugId, now, windowHours))[0] ?? null;
}

/** Every story of a slug whose latest lead moved within the window, newest first. */
export async function recentStoriesForSlug(git: GitRunner, slugId: string, now: Date, windowHours: number): Promise<LeadRecord[]> {
  validateStoryId(slugId);
  const opens = now.getTime() - windowHours * 3_600_000;
  let records: LeadRecord[];
  if (await ensureIndex(git)) {
    const stories = candidates(git.dir, slugId, Math.floor(opens / 1000));
    const objects = stories.length > 0 ? await git.run(readObjects(stories.map(storyRef))) : [];
    records = objects.flatMap((object, index) =>
      object?.type === 'commit' ? [recordOf(parseCommitObject(object.sha, object.content), stories[index]!)] : [],
    );
  } else {
    const refs = await git.run(listRefs(`${STORY_PREFIX}${slugId}-*`));
    records = refs.map((raw) => recordOfRef(raw)).filter((record) => isDatedIdOf(record.story, slugId));
  }
  return newestFirst(records).filter((record) => Date.parse(record.time) >= opens);
}

/** Several leads of one story, reading its history once; the leads a pull kept aside only if needed. */
export async function resolveLeads(git: GitRunner, story: string, leadRefs: readonly string[]): Promise<LeadRecord[]> {
  const leads = await readLog(git, story);
  let unsent: LeadRecord[] | undefined;
  const out: LeadRecord[] = [];
  for (const ref of leadRefs) {
    const found = findLead(leads, story, ref);
    if (found !== 'not-found') {
      out.push(found);
      continue;
    }
    unsent ??= await readUnsent(git, story);
    const kept = findLead([...leads, ...unsent], story, ref);
    if (kept === 'not-found') throw unknownLead(story, ref.trim(), leads);
    out.push(kept);
  }
  return out;
}

export async function readUnsent(git: GitRunner, story?: string): Promise<LeadRecord[]> {
  const kept = await git.run(listKept(story === undefined ? undefined : validateStoryId(story)));
  if (kept.length === 0) return [];
  // Every kept commit in one cat-file --batch, not a git log each.
  const objects = await git.run(readObjects(kept.map((lead) => lead.commit)));
  return kept.map((lead, index) => recordOf(parseCommitObject(lead.commit, objects[index]!.content), lead.story));
}

/**
 * One lead among a story's leads (newest first): a lead number, a label
 * (`LEAD`, `2nd LD`, `2nd`), `latest`, or a commit id or its prefix.
 */
export function findLead(leads: readonly LeadRecord[], story: string, leadRef: string): LeadRecord | 'not-found' {
  const wanted = leadRef.trim();
  if (wanted === '' || wanted === 'latest') return leads[0] ?? 'not-found';
  const number = leadNumberOf(wanted);
  if (number !== null) return leads.find((record) => record.lead === number) ?? 'not-found';
  if (!isCommitId(wanted.toLowerCase())) return 'not-found';
  const found = leads.filter((record) => record.commit.startsWith(wanted.toLowerCase()));
  if (found.length > 1) throw new StoreError('unknown-lead', `'${wanted}' names more than one lead of ${story}; give more of the commit id`);
  return found[0] ?? 'not-found';
}

export { missingLeads };

/** `3`, `LEAD`, `2nd LD`, `2nd`, `first` -> a lead number; null for anything else. */
export function leadNumberOf(text: string): number | null {
  if (/^\d{1,6}$/.test(text)) return Number(text);
  if (/^(first|0th)$/i.test(text)) return 0;
  const label = /^\d+(?:st|nd|rd|th)$/i.test(text) ? `${text} LD` : text;
  const parsed = splitLabels(`(${label}) x`).label;
  return parsed ? parsed.lead : null;
}

function recordOf(raw: RawCommit, story: string): LeadRecord {
  const trailers = parseTrailers(raw.message);
  const subject = raw.message.split('\n')[0] ?? '';
  const { label, text } = splitLabels(subject, false);
  return {
    story: trailers.get('Story') ?? story,
    lead: Number(trailers.get('Lead') ?? 0),
    label: label?.text ?? null,
    headline: text === '(no headline)' ? null : text,
    attn: attnOf(raw.message),
    slug: trailers.get('Slug') ?? null,
    time: raw.time,
    author: raw.author,
    commit: raw.commit,
    trailers,
  };
}

function recordOfRef(raw: RawRef): LeadRecord {
  const story = raw.ref.slice(STORY_PREFIX.length);
  return recordOf({ commit: raw.commit, time: raw.time, author: '', message: raw.message }, story);
}

function unknownStory(story: string): StoreError {
  return new StoreError('unknown-story', `no story '${story}' in the store; 'leads list' shows the stories there`);
}

function unknownLead(story: string, wanted: string, leads: readonly LeadRecord[]): StoreError {
  const number = leadNumberOf(wanted);
  if (number !== null && missingLeads(leads).includes(number)) {
    return new StoreError(
      'unknown-lead',
      `lead ${number} (${labelFor(number) ?? 'the first version'}) of ${story} is missing from the archive the story was imported from; it has ${describeLeads(leads)}`,
    );
  }
  return new StoreError(
    'unknown-lead',
    `story ${story} has no lead '${wanted}'; it has ${describeLeads(leads)} (a number, a label like '2nd LD', a commit id, or 'latest')`,
  );
}

/** `leads 0 to 4`; with gaps, `leads 0 to 1, 3 to 4` (`lead 2` alone for one). */
export function describeLeads(leads: readonly { readonly lead: number }[]): string {
  const numbers = leads.map((record) => record.lead).sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const n of numbers) {
    const last = runs.at(-1);
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  const text = runs.map(([from, to]) => (from === to ? `${from}` : `${from} to ${to}`)).join(', ');
  return numbers.length === 1 ? `lead ${text}` : `leads ${text}`;
}
