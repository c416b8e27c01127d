import { StoreError } from './errors.js';
import type { GitCommand, GitEnv } from './git.js';
import type { KeptLead, PushReport } from './remote.js';

/**
 * Every git command the store runs, each as arguments, input, a pure parser
 * and the exit codes that are answers; `GitRunner` executes them. Nothing a
 * user typed reaches these unvalidated: story ids pass `validateStoryId`,
 * commit ids `isCommitId`, remotes `validateRemote`, and `--end-of-options`
 * separates revisions from options wherever git accepts it.
 */

export const LEAD_FILE = 'lead.txt';
export const ZERO_ID = '0000000000000000000000000000000000000000';

/** Where stories live, where a pull keeps local leads the remote lacks, and where it fetches to. */
export const STORY_PREFIX = 'refs/leads/';
export const UNSENT_PREFIX = 'refs/leads-unsent/';
export const FETCH_PREFIX = 'refs/leads-fetched/';

const HEX_ID = /^[0-9a-f]{4,64}$/;
export function isCommitId(text: string): boolean {
  return HEX_ID.test(text);
}

const single = (stdout: string) => stdout.trim();

export const initBare = (): GitCommand<void> => ({ args: ['init', '--quiet', '--bare', '.'], mayBeSilent: true, parse: () => undefined });

export const setConfig = (key: string, value: string): GitCommand<void> => ({
  args: ['config', key, value],
  mayBeSilent: true,
  parse: () => undefined,
});

/** A config value, or null when unset (`--default ''` makes git print an empty line then, not exit 1). */
export const getConfig = (key: string): GitCommand<string | null> => ({
  args: ['config', '--default', '', '--get', key],
  parse: (stdout) => stdout.trim() || null,
});

/** user.name and user.email in one call; git exits 1 when neither is set. */
export const getIdentity = (): GitCommand<Map<string, string>> => ({
  args: ['config', '--get-regexp', '^user\\.(name|email)$'],
  answers: [1],
  parse: (stdout) =>
    new Map(
      stdout
        .split('\n')
        .filter((line) => line.includes(' '))
        .map((line) => [line.slice(0, line.indexOf(' ')), line.slice(line.indexOf(' ') + 1)] as [string, string]),
    ),
});

export const hashBlob = (text: string): GitCommand<string> => ({
  args: ['hash-object', '-w', '--stdin'],
  input: text,
  parse: single,
});

export const makeTree = (blob: string): GitCommand<string> => ({
  args: ['mktree'],
  input: `100644 blob ${blob}\t${LEAD_FILE}\n`,
  parse: single,
});

/** Who wrote a lead: the commit's author and committer. */
export interface Author {
  readonly name: string;
  readonly email: string;
}

/** A commit of a tree, by its author at its time (who and when are the lead's, not the machine's). */
export const commitTree = (tree: string, parent: string | null, message: string, author: Author, time: Date): GitCommand<string> => ({
  args: ['commit-tree', tree, ...(parent ? ['-p', parent] : []), '-F', '-'],
  input: message,
  env: identityEnv(author, time),
  parse: single,
});

function identityEnv(author: Author, time: Date): GitEnv {
  const date = `${Math.floor(time.getTime() / 1000)} +0000`;
  return {
    GIT_AUTHOR_NAME: author.name,
    GIT_AUTHOR_EMAIL: author.email,
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_NAME: author.name,
    GIT_COMMITTER_EMAIL: author.email,
    GIT_COMMITTER_DATE: date,
  };
}

/**
 * Moves a ref only if it still points where we read it (null: only if it
 * does not exist yet): git's compare-and-swap. git fails when the ref moved.
 */
export const updateRef = (ref: string, next: string, expected: string | null, reason: string): GitCommand<void> => ({
  args: ['update-ref', '-m', reason, ref, next, expected ?? ZERO_ID],
  mayBeSilent: true,
  parse: () => undefined,
});

export interface RefMove {
  readonly ref: string;
  readonly next: string;
  /** Where the ref must still point; null: it must not exist yet. */
  readonly expected: string | null;
}

/**
 * Moves many refs in one transaction, each only if it still points where it
 * was read: all move or none does. `start`...`commit` makes a stream cut
 * short (a killed writer) abort rather than commit the lines it got.
 */
export const updateRefs = (moves: readonly RefMove[], reason: string): GitCommand<void> => ({
  args: ['update-ref', '-m', reason, '--stdin'],
  input: `start\n${moves.map((move) => `update ${move.ref} ${move.next} ${move.expected ?? ZERO_ID}\n`).join('')}commit\n`,
  parse: () => undefined,
});

/** Where each of some refs points now, null for a ref that does not exist: direct look-ups, never a scan of every ref. */
export const refValues = (refs: readonly string[]): GitCommand<(string | null)[]> => ({
  args: ['cat-file', '--batch-check=%(objectname)'],
  input: refs.map((ref) => `${ref}\n`).join(''),
  parse: (stdout) =>
    stdout
      .split('\n')
      .slice(0, refs.length)
      .map((line) => (/^[0-9a-f]{40,64}$/.test(line) ? line : null)),
});

/** Whether one ref exists, looked up directly (`for-each-ref` with a pattern would read every loose ref). */
export const refExists = (ref: string): GitCommand<boolean> => ({
  args: ['show-ref', '--verify', '--quiet', ref],
  answers: [1],
  parse: (_stdout, { code }) => code === 0,
});

/** Every ref into packed-refs, loose files pruned; git locks each ref it prunes, so no update is lost. */
export const packRefs = (): GitCommand<void> => ({
  args: ['pack-refs', '--all', '--prune'],
  mayBeSilent: true,
  parse: () => undefined,
});

/** Each ref under a prefix with its tip and the tip's commit time in seconds: what the slug index is built from. */
export const refTimes = (prefix: string): GitCommand<{ story: string; commit: string; seconds: number }[]> => ({
  args: ['for-each-ref', '--format=%(refname) %(objectname) %(committerdate:unix)', prefix],
  mayBeSilent: true,
  parse: (stdout) =>
    lines(stdout)
      .map((line) => {
        const [ref, commit, seconds] = line.split(' ');
        return { story: ref!.slice(prefix.length), commit: commit!, seconds: Number(seconds) };
      }),
});

/** One commit of a fast-import stream: a lead on the stream's scratch branch. */
export interface StreamCommit {
  readonly mark: number;
  /** The first commit of a story that continues: its parent in the store. */
  readonly from: string | null;
  readonly author: Author;
  readonly time: Date;
  readonly message: string;
  readonly text: string;
}

/** The branch every commit of a stream is made on; `reset` before `done`, so git never writes it. */
export const SCRATCH_BRANCH = 'refs/heads/leads-import';

/** Clears the scratch branch: the next commit is a root, or follows its `from`. */
export const streamReset = (): string => `reset ${SCRATCH_BRANCH}\n`;

/**
 * A lead as fast-import reads it: the commit (author and committer the
 * lead's, at its time), a tree of lead.txt alone, and a `get-mark` so that
 * git prints the commit's id. Lengths are in bytes, so any text goes through as it is.
 */
export function streamCommit(commit: StreamCommit): string {
  const person = `${streamIdentity(commit.author)} ${Math.floor(commit.time.getTime() / 1000)} +0000`;
  return (
    `commit ${SCRATCH_BRANCH}\nmark :${commit.mark}\nauthor ${person}\ncommitter ${person}\n` +
    `data ${Buffer.byteLength(commit.message)}\n${commit.message}\n` +
    (commit.from ? `from ${commit.from}\n` : '') +
    `deleteall\nM 100644 inline ${LEAD_FILE}\ndata ${Buffer.byteLength(commit.text)}\n${commit.text}\n` +
    `get-mark :${commit.mark}\n`
  );
}

/** What ends a stream: the scratch branch cleared, so that fast-import leaves every ref alone. */
export const streamEnd = (): string => `${streamReset()}done\n`;

/** `Name <email>` with the characters that would end the field removed, as git itself strips them. */
function streamIdentity(author: Author): string {
  const clean = (text: string) => text.replace(/[<>\n\r]/g, '').trim();
  return `${clean(author.name)} <${clean(author.email)}>`;
}

/**
 * Writes a stream of leads in one process. fast-import runs in a scratch
 * repository (`scratchDir`) that shares the store's objects: whatever
 * happens, it writes objects only, never a ref or a crash report into the
 * store. `--done`: a stream cut short is an error, never a partial import.
 * Prints one commit id a line, in the order of the stream's `get-mark`s.
 */
export const fastImport = (stream: AsyncIterable<string>, scratchDir: string, objectsDir: string): GitCommand<string[]> => ({
  args: ['fast-import', '--quiet', '--done'],
  input: stream,
  env: { GIT_DIR: scratchDir, GIT_OBJECT_DIRECTORY: objectsDir },
  parse: (stdout) => lines(stdout),
});

/** Points a ref at a commit, whatever it pointed at before. */
export const setRef = (ref: string, commit: string): GitCommand<void> => ({
  args: ['update-ref', ref, commit],
  mayBeSilent: true,
  parse: () => undefined,
});

/** Deletes refs, all in one process. */
export const deleteRefs = (refs: readonly string[]): GitCommand<void> => ({
  args: ['update-ref', '--stdin'],
  input: refs.map((ref) => `delete ${ref}\n`).join(''),
  parse: () => undefined,
});

/** The names of the refs under a prefix (or the one ref of that name). */
export const refNames = (pattern: string): GitCommand<string[]> => ({
  args: ['for-each-ref', '--format=%(refname)', pattern],
  mayBeSilent: true,
  parse: (stdout) => lines(stdout),
});

/** The refs under a prefix and the commit each points at, keyed by the rest of their name. */
export const refTips = (prefix: string): GitCommand<Map<string, string>> => ({
  args: ['for-each-ref', '--format=%(refname) %(objectname)', prefix],
  mayBeSilent: true,
  parse: (stdout) =>
    new Map(
      lines(stdout)
        .map((line) => {
          const [ref, commit] = line.split(' ');
          return [ref!.slice(prefix.length), commit!] as [string, string];
        }),
    ),
});

/** Whether one commit is an ancestor of (or the same as) another; git answers no with exit code 1. */
export const isAncestor = (ancestor: string, descendant: string): GitCommand<boolean> => ({
  args: ['merge-base', '--is-ancestor', ancestor, descendant],
  answers: [1],
  parse: (_stdout, { code }) => code === 0,
});

/** The commits of `ours` that `theirs` lacks, oldest first, with their Lead trailer. */
export const leadsMissingFrom = (theirs: string, ours: string): GitCommand<{ commit: string; lead: number }[]> => ({
  args: ['log', '--format=%H %(trailers:key=Lead,valueonly,separator=)', ours, `^${theirs}`, '--'],
  mayBeSilent: true,
  parse: (stdout) =>
    lines(stdout)
      .reverse()
      .map((line) => {
        const [commit, lead] = line.split(' ');
        return { commit: commit!, lead: Number(lead) };
      }),
});

/** Leads kept aside by pulls (`refs/leads-unsent/<story>/<lead>-<short commit>`), of one story or all. */
export const listKept = (story?: string): GitCommand<KeptLead[]> => ({
  args: ['for-each-ref', '--format=%(refname) %(objectname)', story === undefined ? UNSENT_PREFIX : `${UNSENT_PREFIX}${story}/`],
  mayBeSilent: true,
  parse: (stdout) =>
    lines(stdout)
      .map((line) => {
        const [ref, commit] = line.split(' ');
        const [id, name] = ref!.slice(UNSENT_PREFIX.length).split('/');
        return { story: id!, lead: Number(name!.split('-')[0]), commit: commit!, ref: ref! };
      }),
});

/** The store's configured remotes, by name. */
export const listRemotes = (): GitCommand<string[]> => ({
  args: ['remote'],
  mayBeSilent: true,
  parse: (stdout) => lines(stdout),
});

/**
 * Sends every story; never forced, so the remote refuses a story another
 * desk moved first. git exits 1 when it refused any: the report says which,
 * and why. A story is "moved" when git or the server found the remote's ref
 * ahead of what we sent (git's `[rejected]`, or a server that lost the race
 * for the ref's lock); any other refusal (a hook, permissions) is the
 * server's, with its reason and the `remote:` lines it printed. A push that
 * never got as far as the refs (a broken remote, authentication) is a failure.
 */
export const pushStoryRefs = (remote: string): GitCommand<PushReport> => ({
  args: ['push', '--porcelain', '--end-of-options', remote, `${STORY_PREFIX}*:${STORY_PREFIX}*`],
  answers: 'any',
  parse: (stdout, { code, stderr }) => {
    const report: PushReport = { sent: [], upToDate: [], refused: [], rejected: [], remoteLines: remoteLines(stderr), failure: null };
    for (const line of stdout.split('\n')) {
      const match = /^(.)\trefs\/leads\/([^:]+):\S+\t(.*)$/.exec(line);
      if (!match) continue;
      const [, flag, story, summary] = match;
      if (flag === '!') {
        if (isMovedFirst(summary!)) report.refused.push(story!);
        else report.rejected.push({ story: story!, reason: /\((.*)\)\s*$/.exec(summary!)?.[1] ?? summary!.trim() });
      } else if (flag === '=') report.upToDate.push(story!);
      else report.sent.push(story!);
    }
    if (code !== 0 && report.refused.length + report.rejected.length === 0) {
      const lines = stderr.split('\n').map((l) => l.trim());
      const reason = lines.find((l) => l.startsWith('fatal:') || l.startsWith('error:')) ?? (stderr.trim() || `git exited with ${code}`);
      return { ...report, failure: reason };
    }
    return report;
  },
});

/** `[rejected] (fetch first)`, `(non-fast-forward)`, `(stale info)`; or the server's lock lost to a push that landed first. */
function isMovedFirst(summary: string): boolean {
  if (summary.startsWith('[rejected]')) return true;
  return summary.startsWith('[remote rejected]') && /failed to (?:update|lock) ref|cannot lock ref|but expected|is at [0-9a-f]+/i.test(summary);
}

/** What the server printed, as git relays it (`remote: ...`), trimmed of git's padding and terminal codes. */
function remoteLines(stderr: string): string[] {
  return stderr
    .split(/\r?\n|\r/)
    .map((line) => line.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').trimEnd())
    .filter((line) => /^remote: ?\S/.test(line));
}

/** Fetches every story of a remote under `refs/leads-fetched/`, replacing what an earlier pull left there. */
export const fetchStoryRefs = (remote: string): GitCommand<void> => ({
  args: ['fetch', '--no-tags', '--end-of-options', remote, `+${STORY_PREFIX}*:${FETCH_PREFIX}*`],
  answers: 'any',
  parse: (_stdout, { code, stderr }) => {
    if (code === 0) return;
    const reason = stderr.split('\n').find((line) => line.startsWith('fatal:') || line.startsWith('error:')) ?? stderr.trim();
    // Fetching writes FETCH_HEAD and refs into this store: a store we may not write is the user's to fix.
    if (/Permission denied|Read-only file system|insufficient permission/i.test(stderr)) {
      throw new StoreError('read-only', `the store is read-only (${reason}); check the folder's permissions`);
    }
    throw new StoreError('git-failed', `fetch from ${remote} failed: ${reason}`);
  },
});

export const readBlob = (commit: string): GitCommand<string> => ({
  args: ['cat-file', 'blob', `${commit}:${LEAD_FILE}`],
  parse: (stdout) => stdout,
});

const RS = '\x1e';
const FS = '\x1f';

/** Output formatted as records (RS) of fields (FS), the last field a message, trimmed. */
function records(stdout: string): string[][] {
  return stdout
    .split(RS)
    .filter((record) => record.trim() !== '')
    .map((record) => {
      const fields = record.split(FS);
      fields[fields.length - 1] = (fields.at(-1) ?? '').trimEnd();
      return fields;
    });
}

export interface RawCommit {
  readonly commit: string;
  readonly time: string;
  readonly author: string;
  readonly message: string;
}

/** The leads of one ref, newest first: only that story's chain of commits is walked. */
export const logRef = (ref: string): GitCommand<RawCommit[]> => ({
  args: [
    'log',
    `--format=${RS}%H${FS}%cI${FS}%an <%ae>${FS}%B`,
    '--end-of-options',
    ref,
    '--',
  ],
  parse: (stdout) =>
    records(stdout).map(([commit, time, author, message]) => ({ commit: commit!, time: time!, author: author!, message: message! })),
});

export interface RawRef {
  readonly ref: string;
  readonly commit: string;
  readonly time: string;
  readonly message: string;
}

/** Refs under a prefix, with their tip's time and message: one process for every story. */
export const listRefs = (pattern: string): GitCommand<RawRef[]> => ({
  args: ['for-each-ref', `--format=${RS}%(refname)${FS}%(objectname)${FS}%(committerdate:iso-strict)${FS}%(contents)`, pattern],
  mayBeSilent: true,
  parse: (stdout) => records(stdout).map(([ref, commit, time, message]) => ({ ref: ref!, commit: commit!, time: time!, message: message! })),
});

export interface BatchObject {
  readonly sha: string;
  readonly type: string;
  readonly content: string;
}

/**
 * Several objects in one process (`cat-file --batch`): null for each name
 * that does not exist. Names are built from validated refs, never typed by a user.
 */
export const readObjects = (names: readonly string[]): GitCommand<(BatchObject | null)[]> => ({
  args: ['cat-file', '--batch'],
  input: names.map((name) => `${name}\n`).join(''),
  parse: (stdout) => {
    const bytes = Buffer.from(stdout, 'utf8');
    const out: (BatchObject | null)[] = [];
    let at = 0;
    for (let i = 0; i < names.length; i++) {
      const end = bytes.indexOf(10, at);
      const header = bytes.subarray(at, end).toString('utf8');
      at = end + 1;
      const match = /^([0-9a-f]{40,64}) (\w+) (\d+)$/.exec(header);
      if (!match) {
        out.push(null); // "<name> missing"
        continue;
      }
      const size = Number(match[3]);
      out.push({ sha: match[1]!, type: match[2]!, content: bytes.subarray(at, at + size).toString('utf8') });
      at += size + 1;
    }
    return out;
  },
});

/** A raw commit object as `cat-file` prints it, read into the fields `git log` would give. */
export function parseCommitObject(sha: string, content: string): RawCommit {
  const split = content.indexOf('\n\n');
  const headers = content.slice(0, split).split('\n');
  const message = content.slice(split + 2).trimEnd();
  const person = (key: string) => headers.find((line) => line.startsWith(`${key} `))?.slice(key.length + 1) ?? '';
  const author = /^(.*?) (\d+) ([+-]\d{4})$/.exec(person('author'));
  const committer = /^(.*?) (\d+) ([+-]\d{4})$/.exec(person('committer'));
  return {
    commit: sha,
    time: committer ? isoTime(Number(committer[2]), committer[3]!) : '',
    author: author?.[1] ?? '',
    message,
  };
}

/** Seconds and a `+0900` offset as git's %cI prints them: `2026-03-14T14:00:00+09:00`. */
function isoTime(seconds: number, offset: string): string {
  const sign = offset.startsWith('-') ? -1 : 1;
  const minutes = sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(3, 5)));
  const local = new Date((seconds + minutes * 60) * 1000).toISOString().slice(0, 19);
  return `${local}${offset.slice(0, 3)}:${offset.slice(3, 5)}`;
}

/** The commit a lead follows, or null for a first version (git answers "no such revision" with exit 1). */
export const parentOf = (commit: string): GitCommand<string | null> => ({
  args: ['rev-parse', '--verify', '--quiet', '--end-of-options', `${commit}^`],
  answers: [1],
  parse: (stdout, { code }) => (code === 0 ? stdout.trim() : null),
});

/** Deletes a kept lead's ref only if it still points at the kept commit, so that a newer kept lead is never lost. */
export const retireKeptRef = (ref: string, commit: string): GitCommand<void> => ({
  args: ['update-ref', '-d', ref, commit],
  mayBeSilent: true,
  parse: () => undefined,
});

/** The non-empty lines of a command's output: one record each. */
function lines(stdout: string): string[] {
  return stdout.split('\n').filter(Boolean);
}
