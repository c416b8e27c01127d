import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { StoreError } from './errors.js';
import { getConfig, getIdentity, initBare, setConfig, type Author } from './git-commands.js';
import { GitRunner, type GitEnv } from './git.js';
import {
  findLead,
  listStories,
  readLog,
  readText,
  readTexts,
  readTip,
  readAllTips,
  readSummaries,
  readTipCommits,
  readTipWithText,
  readUnsent,
  recentStoriesForSlug,
  recentStoryForSlug,
  resolveLeads,
  type LeadRecord,
  type StorySummary,
} from './read.js';
import { readKept, retireKept, type KeptWithBase } from './rebase.js';
import { pullStories, pushStories, validateRemote, type KeptLead, type PullReport, type PushReport } from './remote.js';
import { refsStamp, type RefsStamp } from './refs-state.js';
import { startIndex } from './slug-index.js';
import {
  writeLead,
  writeStories,
  writeStory,
  writeSteps,
  type BulkReport,
  type NewLead,
  type StoryLead,
  type StoryRun,
  type WriteStep,
} from './write.js';

export { describeLeads, findLead, leadNumberOf, missingLeads, type LeadRecord, type StorySummary } from './read.js';
export type { RefsStamp } from './refs-state.js';
export type { Author, BulkReport, NewLead, StoryLead, StoryRun } from './write.js';

/**
 * A story store: a bare git repository where each story is one ref,
 * `refs/leads/<story-id>`, and each lead a commit on it holding `lead.txt`.
 * Reading a story walks only its own commits, however many stories the
 * store holds (read.ts). Writes use plumbing only, and move a story's ref
 * with a compare-and-swap, so that two desks can never overwrite each other
 * (write.ts). This class opens and creates stores and is the one face of both.
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
    startIndex(path);
    return { store: new Store(path, git), created: true };
  }

  /** The store's name (`leads init --name`), used in story URIs; the folder's name when none was given. */
  async name(): Promise<string> {
    return (await this.git.run(getConfig('leads.name'))) ?? basename(this.dir);
  }

  /** The identity git is configured with in this store (repository, then global config). */
  async configuredAuthor(): Promise<Author | null> {
    const identity = await this.git.run(getIdentity()).catch(() => new Map<string, string>());
    const name = identity.get('user.name');
    const email = identity.get('user.email');
    return name && email ? { name, email } : null;
  }

  /** The latest lead of a story, or null when there is no such story. */
  tip(story: string): Promise<LeadRecord | null> {
    return readTip(this.git, story);
  }

  /** The latest lead of a story and its text, in one git call; null when there is no such story. */
  tipWithText(story: string): Promise<{ record: LeadRecord; text: string } | null> {
    return readTipWithText(this.git, story);
  }

  /** Where each story's ref points (null: no such story), in one git process however many stories the store holds. */
  tipCommits(stories: readonly string[]): Promise<Map<string, string | null>> {
    return readTipCommits(this.git, stories);
  }

  /** Where every story's ref points, from the refs alone (no commit is read): what a cached list compares. */
  allTips(): Promise<Map<string, string>> {
    return readAllTips(this.git);
  }

  /** The summaries of stories at given tips, in one git process: what a cached list reads for the stories that moved. */
  summaries(tips: readonly (readonly [story: string, commit: string])[]): Promise<(StorySummary | null)[]> {
    return readSummaries(this.git, tips);
  }

  /** The state of the story refs from a few file stats: what caches of the story list are keyed on. */
  refsStamp(): RefsStamp {
    return refsStamp(this.dir);
  }

  /** Every lead of a story, newest first. */
  log(story: string): Promise<LeadRecord[]> {
    return readLog(this.git, story);
  }

  /** The text of a lead as it moved. */
  text(commit: string): Promise<string> {
    return readText(this.git, commit);
  }

  /** The texts of many leads in one git process (`cat-file --batch`), in order. */
  texts(commits: readonly string[]): Promise<string[]> {
    return readTexts(this.git, commits);
  }

  /** Every story with its latest lead, newest first. */
  list(): Promise<StorySummary[]> {
    return listStories(this.git);
  }

  /**
   * The story a slug continues: among stories whose id was made from this
   * slug id, the one whose latest lead moved most recently, if within the window.
   */
  recentStoryForSlug(slugId: string, now: Date, windowHours: number): Promise<LeadRecord | null> {
    return recentStoryForSlug(this.git, slugId, now, windowHours);
  }

  /** Every story of this slug id whose latest lead moved within the window, newest first. */
  recentStoriesForSlug(slugId: string, now: Date, windowHours: number): Promise<LeadRecord[]> {
    return recentStoriesForSlug(this.git, slugId, now, windowHours);
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
  resolveMany(story: string, leadRefs: readonly string[]): Promise<LeadRecord[]> {
    return resolveLeads(this.git, story, leadRefs);
  }

  /** Leads kept aside by a pull, for one story or all. */
  unsent(story?: string): Promise<LeadRecord[]> {
    return readUnsent(this.git, story);
  }

  /**
   * Writes a lead with plumbing (blob, tree, commit) and moves the story's
   * ref only if it still points at `parent`. Returns the new commit id. A
   * process killed at any step leaves at most unreferenced objects behind.
   */
  write(lead: NewLead): Promise<string> {
    return writeLead(this.git, lead);
  }

  /**
   * The write as separate steps, each handed the previous one's result, so
   * that tests can stop after any of them as a killed process would.
   */
  writeSteps(lead: NewLead): WriteStep[] {
    return writeSteps(this.git, lead);
  }

  /**
   * Writes a run of leads of one story at once: `writeStories` of one run,
   * with the same compare-and-swap as `write` (a conflict is thrown). A
   * process killed part-way leaves the story as it was.
   */
  writeStory(story: string, parent: string | null, leads: readonly StoryLead[]): Promise<string[]> {
    return writeStory(this.git, story, parent, leads);
  }

  /** The leads a pull kept aside for a story, oldest first, each with the lead it followed (rebase.ts). */
  kept(story: string): Promise<KeptWithBase[]> {
    return readKept(this.git, story);
  }

  /** Removes a kept lead's ref once it is re-committed or dropped. */
  retireKept(lead: KeptLead): Promise<void> {
    return retireKept(this.git, lead);
  }

  /**
   * Bulk import: every run's leads streamed into one `git fast-import`,
   * then every story's ref moved in one compare-and-swap transaction. Each
   * story is written whole or not at all; stories another writer moved
   * meanwhile are left alone and reported in `conflicts`. Runs may be
   * produced as git writes (an async generator).
   */
  writeStories(runs: Iterable<StoryRun> | AsyncIterable<StoryRun>): Promise<BulkReport> {
    return writeStories(this.git, runs);
  }

  /** Sends every story to a remote; stories another desk moved first are refused, never forced. */
  async push(remote: string): Promise<PushReport> {
    return pushStories(this.git, await validateRemote(this.git, remote));
  }

  /** Brings every story from a remote; local leads the remote lacks are kept aside, never dropped. */
  async pull(remote: string): Promise<PullReport> {
    return pullStories(this.git, await validateRemote(this.git, remote));
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
