import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { splitLabels } from '../article/parse.js';
import {
  commitTree,
  getConfig,
  hashBlob,
  initBare,
  getIdentity,
  hashFiles,
  makeTrees,
  isCommitId,
  listRefs,
  logRef,
  LEAD_FILE,
  makeTree,
  parseCommitObject,
  readBlob,
  readObjects,
  setConfig,
  STORY_PREFIX,
  updateRef,
  type RawCommit,
  type RawRef,
} from './git-commands.js';
import { StoreError } from './errors.js';
import { GitRunner, type GitEnv } from './git.js';
import { attnOf, formatMessage, parseTrailers, type LeadMessage } from './message.js';
import { listUnsent, pullStories, pushStories, validateRemote, type PullReport, type PushReport } from './remote.js';
import { isDatedIdOf, storyRef, validateStoryId } from './story-id.js';

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

export interface Author {
  readonly name: string;
  readonly email: string;
}

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

/**
 * A story store: a bare git repository where each story is one ref,
 * `refs/leads/<story-id>`, and each lead a commit on it holding `lead.txt`.
 * Reading a story walks only its own commits, however many stories the
 * store holds. Writes use plumbing only, and move a story's ref with a
 * compare-and-swap, so that two desks can never overwrite each other.
 */
export class Store {
  private constructor(
    readonly dir: string,
    private readonly git: GitRunner,
  ) {}

  /** Opens an existing store, or says why the folder is not one. */
  static async open(dir: string, env: GitEnv): Promise<Store> {
    const path = resolve(dir);
    if (!existsSync(path)) {
      throw new StoreError('no-store', `no store at ${path}; create one with 'leads init ${dir}'`);
    }
    if (!statSync(path).isDirectory()) throw new StoreError('not-a-store', `${path} is a file, not a store folder`);
    const git = new GitRunner(path, env);
    // The mark is read from the config file when it is plainly there (no git
    // process: every command opens the store); otherwise git has the last word.
    const marked = hasStoreMark(path) ? 'true' : await git.run(getConfig('leads.store')).catch(notARepository(null));
    if (marked !== 'true') {
      throw new StoreError(
        'not-a-store',
        `${path} is not a leads store; create one with 'leads init DIR' or point --store or LEADS_STORE at one`,
      );
    }
    return new Store(path, git);
  }

  /** Creates a store (a bare git repository marked as one), or opens the store already there. */
  static async init(dir: string, env: GitEnv, name?: string): Promise<{ store: Store; created: boolean }> {
    const path = resolve(dir);
    if (existsSync(path)) {
      try {
        return { store: await Store.open(path, env), created: false };
      } catch (error) {
        if (!(error instanceof StoreError) || error.kind !== 'not-a-store') throw error;
        if (!statSync(path).isDirectory() || readdirSync(path).length > 0) {
          throw new StoreError('not-a-store', `${path} exists and is not empty; give a new or empty folder for the store`);
        }
      }
    } else {
      try {
        mkdirSync(path, { recursive: true });
      } catch (error) {
        throw new StoreError('read-only', `cannot create ${path} (${(error as NodeJS.ErrnoException).code}); check the path`);
      }
    }
    const git = new GitRunner(path, env);
    await git.run(initBare());
    await git.run(setConfig('leads.store', 'true'));
    await git.run(setConfig('leads.name', name ?? basename(path).replace(/\.git$/, '')));
    // Leads are small and many: keep reflogs so that a moved ref can always be traced.
    await git.run(setConfig('core.logAllRefUpdates', 'always'));
    return { store: new Store(path, git), created: true };
  }

  async name(): Promise<string> {
    return (await this.git.run(getConfig('leads.name'))) ?? basename(this.dir);
  }

  /** The latest lead of a story, or null when there is no such story. */
  async tip(story: string): Promise<LeadRecord | null> {
    const ref = storyRef(story);
    const [found] = await this.git.run(listRefs(ref));
    if (!found || found.ref !== ref) return null;
    return recordOfRef(found);
  }

  /** The latest lead of a story and its text, in one git call; null when there is no such story. */
  async tipWithText(story: string): Promise<{ record: LeadRecord; text: string } | null> {
    const ref = storyRef(story);
    const [commit, blob] = await this.git.run(readObjects([ref, `${ref}:${LEAD_FILE}`]));
    if (!commit || !blob || commit.type !== 'commit') return null;
    const raw = parseCommitObject(commit.sha, commit.content);
    return { record: recordOf(raw, story), text: blob.content };
  }

  /** Every lead of a story, newest first. */
  async log(story: string): Promise<LeadRecord[]> {
    const commits = await this.git.run(logRef(storyRef(story))).catch((error: unknown) => {
      if (error instanceof StoreError && /bad revision|unknown revision/.test(error.message)) throw unknownStory(story);
      throw error;
    });
    return commits.map((raw) => recordOf(raw, story));
  }

  /** The text of a lead as it moved. */
  async text(commit: string): Promise<string> {
    return this.git.run(readBlob(commit));
  }

  /** The texts of many leads in one git process (`cat-file --batch`), in order. */
  async texts(commits: readonly string[]): Promise<string[]> {
    if (commits.length === 0) return [];
    const objects = await this.git.run(readObjects(commits.map((commit) => `${commit}:${LEAD_FILE}`)));
    return objects.map((object, index) => {
      if (!object) throw new StoreError('git-failed', `lead ${commits[index]} has no ${LEAD_FILE}; the store may be damaged (git fsck)`);
      return object.content;
    });
  }

  /** Every story with its latest lead, newest first. */
  async list(): Promise<StorySummary[]> {
    const refs = await this.git.run(listRefs(STORY_PREFIX));
    return refs
      .map((raw) => recordOfRef(raw))
      .sort((a, b) => Date.parse(b.time) - Date.parse(a.time) || a.story.localeCompare(b.story))
      .map(({ story, slug, lead, label, time, headline, commit }) => ({ story, slug, lead, label, time, headline, commit }));
  }

  /**
   * The story a slug continues: among stories whose id was made from this
   * slug id, the one whose latest lead moved most recently, if within the window.
   */
  async recentStoryForSlug(slugId: string, now: Date, windowHours: number): Promise<LeadRecord | null> {
    const refs = await this.git.run(listRefs(`${STORY_PREFIX}${validateStoryId(slugId)}-*`));
    const records = refs
      .map((raw) => recordOfRef(raw))
      .filter((record) => isDatedIdOf(record.story, slugId))
      .sort((a, b) => Date.parse(b.time) - Date.parse(a.time));
    const latest = records[0];
    if (!latest) return null;
    const ageHours = (now.getTime() - Date.parse(latest.time)) / 3_600_000;
    return ageHours <= windowHours ? latest : null;
  }

  /**
   * Finds one lead of a story: a lead number, a label (`LEAD`, `2nd LD`,
   * `2nd`), `latest`, or a commit id of that story.
   */
  async resolve(story: string, leadRef: string): Promise<LeadRecord> {
    return (await this.resolveMany(story, [leadRef]))[0]!;
  }

  /**
   * A lead among leads already read (newest first); a ref they cannot place
   * goes back to the store, which knows kept-aside leads and says what is wrong.
   */
  async lookup(leads: readonly LeadRecord[], story: string, leadRef: string): Promise<LeadRecord> {
    const found = findLead(leads, story, leadRef);
    return found !== 'not-found' ? found : (await this.resolveMany(story, [leadRef]))[0]!;
  }

  /** Several leads of one story, reading its history once. Commit ids may also name leads a pull kept aside. */
  async resolveMany(story: string, leadRefs: readonly string[]): Promise<LeadRecord[]> {
    const leads = await this.log(story);
    let unsent: LeadRecord[] | undefined;
    const out: LeadRecord[] = [];
    for (const ref of leadRefs) {
      const found = findLead(leads, story, ref);
      if (found !== 'not-found') {
        out.push(found);
        continue;
      }
      unsent ??= await this.unsent(story);
      const kept = findLead([...leads, ...unsent], story, ref);
      if (kept === 'not-found') throw unknownLead(story, ref.trim(), leads[0]!.lead);
      out.push(kept);
    }
    return out;
  }


  /**
   * Writes a lead with plumbing (blob, tree, commit) and moves the story's
   * ref only if it still points at `parent`. Returns the new commit id. A
   * process killed at any step leaves at most unreferenced objects behind.
   */
  async write(lead: NewLead): Promise<string> {
    const steps = this.writeSteps(lead);
    let value: string | null = null;
    for (const step of steps) value = await step(value);
    return value!;
  }

  /**
   * The write as separate steps, each handed the previous one's result, so
   * that tests can stop after any of them as a killed process would.
   */
  writeSteps(lead: NewLead): ((previous: string | null) => Promise<string>)[] {
    let commit = '';
    return [
      () => this.git.run(hashBlob(lead.text)),
      (blob) => this.git.run(makeTree(blob!)),
      async (tree) => (commit = await this.commitTree(tree!, lead.parent, lead)),
      async () => {
        await this.moveStory(lead.story, commit, lead.parent, `leads: lead ${lead.message.lead}`);
        return commit;
      },
    ];
  }

  /**
   * Writes a run of leads of one story at once (bulk import): all blobs in
   * one git process, all trees in another, one commit-tree per lead, and the
   * story's ref moved once, with the same compare-and-swap as `write`. A
   * process killed part-way leaves the story as it was.
   */
  async writeStory(story: string, parent: string | null, leads: readonly StoryLead[]): Promise<string[]> {
    if (leads.length === 0) return [];
    const folder = mkdtempSync(join(tmpdir(), 'leads-import-'));
    try {
      const paths = leads.map((lead, index) => {
        const path = join(folder, String(index));
        writeFileSync(path, lead.text);
        return path;
      });
      const blobs = await this.git.run(hashFiles(paths));
      const trees = await this.git.run(makeTrees(blobs));
      const commits: string[] = [];
      let tip = parent;
      for (const [index, lead] of leads.entries()) {
        tip = await this.commitTree(trees[index]!, tip, lead);
        commits.push(tip);
      }
      await this.moveStory(story, tip!, parent, `leads: import to lead ${leads.at(-1)!.message.lead}`);
      return commits;
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }

  /** A lead's commit, with its author and time. */
  private commitTree(tree: string, parent: string | null, lead: StoryLead): Promise<string> {
    return this.git.run(commitTree(tree, parent, formatMessage(lead.message), lead.author, lead.time));
  }

  /** Moves a story's ref only if it still points at `expected`; otherwise another desk moved it first. */
  private async moveStory(story: string, next: string, expected: string | null, reason: string): Promise<void> {
    try {
      await this.git.run(updateRef(storyRef(story), next, expected, reason));
    } catch (error) {
      if (error instanceof StoreError && error.kind === 'git-failed') throw await this.conflict(story);
      throw error;
    }
  }

  private async conflict(story: string): Promise<StoreError> {
    const now = await this.tip(story);
    if (!now) return new StoreError('conflict', `story ${story} changed while you were editing; re-run the command`);
    return new StoreError(
      'conflict',
      `story ${story} moved on to lead ${now.lead} while you were editing; re-run to commit as lead ${now.lead + 1}`,
    );
  }

  /** Sends every story to a remote; stories another desk moved first are refused, never forced. */
  async push(remote: string): Promise<PushReport> {
    return pushStories(this.git, await validateRemote(this.git, remote));
  }

  /** Brings every story from a remote; local leads the remote lacks are kept aside, never dropped. */
  async pull(remote: string): Promise<PullReport> {
    return pullStories(this.git, await validateRemote(this.git, remote));
  }

  /** Leads kept aside by a pull, for one story or all. */
  async unsent(story?: string): Promise<LeadRecord[]> {
    const kept = await listUnsent(this.git, story === undefined ? undefined : validateStoryId(story));
    if (kept.length === 0) return [];
    // Every kept commit in one cat-file --batch, not a git log each.
    const objects = await this.git.run(readObjects(kept.map((lead) => lead.commit)));
    return kept.map((lead, index) => recordOf(parseCommitObject(lead.commit, objects[index]!.content), lead.story));
  }

  /** The identity git is configured with in this store (repository, then global config). */
  async configuredAuthor(): Promise<Author | null> {
    const identity = await this.git.run(getIdentity()).catch(() => new Map<string, string>());
    const name = identity.get('user.name');
    const email = identity.get('user.email');
    return name && email ? { name, email } : null;
  }
}

/**
 * Whether a folder is plainly a bare repository marked as a store, read from
 * its files: `[leads]` with `store = true` in its config, and a HEAD.
 */
function hasStoreMark(dir: string): boolean {
  try {
    if (!existsSync(join(dir, 'HEAD')) || !existsSync(join(dir, 'objects'))) return false;
    const config = readFileSync(join(dir, 'config'), 'utf8');
    return /^\s*\[leads\]\s*$(?:\n(?!\s*\[).*)*?\n\s*store\s*=\s*true\s*$/im.test(config);
  } catch {
    return false;
  }
}

/** Git's "not a git repository" is an answer here; a missing git or an unreadable folder is not. */
function notARepository<T>(value: T): (error: unknown) => T {
  return (error) => {
    if (error instanceof StoreError && error.kind === 'git-failed') return value;
    throw error;
  };
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

function unknownLead(story: string, wanted: string, latest: number): StoreError {
  return new StoreError(
    'unknown-lead',
    `story ${story} has no lead '${wanted}'; it has leads 0 to ${latest} (a number, a label like '2nd LD', a commit id, or 'latest')`,
  );
}
