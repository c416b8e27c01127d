import { spawn } from 'node:child_process';
import type { Writable } from 'node:stream';
import type { SimpleGit } from 'simple-git';
import { StoreError } from './errors.js';

/**
 * One git command as data: its arguments, what it reads on stdin, and a pure
 * parser of what it prints. The store's commands are all built in
 * git-commands.ts; `GitRunner` executes them, and is the only code that starts git.
 */
export interface GitCommand<T> {
  readonly args: readonly string[];
  /**
   * What git reads on stdin: a string, or chunks written as git takes them
   * (fast-import of a whole archive is never held as one string). When the
   * chunks' producer throws, git's stdin is closed mid-stream and the
   * producer's error is the command's.
   */
  readonly input?: string | AsyncIterable<string>;
  /** Variables for this command only, on top of the store's (a commit's author and time). */
  readonly env?: GitEnv;
  /**
   * The command may print nothing (update-ref, config KEY VALUE, for-each-ref
   * matching no ref). simple-git waits an extra 50 ms for output from such a
   * command, so the runner spawns it directly.
   */
  readonly mayBeSilent?: boolean;
  /**
   * Exit codes besides 0 that are answers for the parser to read rather than
   * failures (merge-base --is-ancestor says "no" with 1); 'any' when the
   * parser reads every outcome and words the failures itself (push, fetch).
   */
  readonly answers?: readonly number[] | 'any';
  readonly parse: (stdout: string, exit: GitExit) => T;
}

/** How a command ended, for parsers of commands whose exit code is an answer. */
export interface GitExit {
  readonly code: number;
  readonly stderr: string;
}

/** The environment git runs in: nothing ambient but PATH and HOME, plus what the store sets. */
export type GitEnv = Readonly<Record<string, string>>;

const ALLOWED_ENV = [
  'GIT_AUTHOR_NAME',
  'GIT_AUTHOR_EMAIL',
  'GIT_AUTHOR_DATE',
  'GIT_COMMITTER_NAME',
  'GIT_COMMITTER_EMAIL',
  'GIT_COMMITTER_DATE',
];

/**
 * Runs git in one repository. Ordinary commands go through simple-git.
 * Commands that read stdin (hash-object, mktree) are spawned with their
 * input, since simple-git waits forever on a command that reads stdin; so
 * are silent ones (see `GitCommand.mayBeSilent`), ones with their own
 * environment, and ones whose exit code is an answer (simple-git throws on any).
 */
export class GitRunner {
  private git: SimpleGit | undefined;

  constructor(
    readonly dir: string,
    private readonly baseEnv: GitEnv,
  ) {}

  async run<T>(command: GitCommand<T>): Promise<T> {
    const direct =
      command.input !== undefined ||
      command.mayBeSilent === true ||
      command.answers !== undefined ||
      Object.keys(command.env ?? {}).length > 0;
    if (!direct) return command.parse(await this.viaSimpleGit(command.args), { code: 0, stderr: '' });
    const { code, stdout, stderr } = await this.viaSpawn(command);
    if (code !== 0 && !isAnswer(command, code)) throw gitFailure(command.args, stderr);
    return command.parse(stdout, { code, stderr });
  }

  /** simple-git, loaded on first use: a run whose commands are all spawned (a first lead's commit) never loads it. */
  private async simpleGit(): Promise<SimpleGit> {
    if (this.git) return this.git;
    const { simpleGit } = await import('simple-git');
    this.git = simpleGit({
      baseDir: this.dir,
      allowEnvironment: ALLOWED_ENV,
      trimmed: false,
      // A command is done when its output streams close. With simple-git's
      // default (also wait 50 ms after exit), a timer outlives every command
      // and holds a short-lived CLI open 50 ms longer.
      completion: { onClose: true, onExit: false },
    }).env({ ...this.baseEnv });
    return this.git;
  }

  private async viaSimpleGit(args: readonly string[]): Promise<string> {
    try {
      return await (await this.simpleGit()).raw([...args]);
    } catch (error) {
      throw gitFailure(args, error instanceof Error ? error.message : String(error));
    }
  }

  private viaSpawn(command: GitCommand<unknown>): Promise<{ code: number; stdout: string; stderr: string }> {
    const { args, input } = command;
    return new Promise((resolve, reject) => {
      const child = spawn('git', [...args], {
        cwd: this.dir,
        env: { ...this.baseEnv, ...command.env },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      let producerError: unknown = null;
      child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
      child.on('error', (error: NodeJS.ErrnoException) =>
        reject(error.code === 'ENOENT' ? gitMissing() : gitFailure(args, error.message)),
      );
      // A command killed by a signal has no exit code: a failure, never an answer.
      child.on('close', (code) => {
        if (producerError !== null) reject(producerError);
        else resolve({ code: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
      });
      // A command that reads nothing sees its stdin closed at once, never the terminal.
      child.stdin.on('error', () => undefined);
      if (input === undefined || typeof input === 'string') child.stdin.end(input ?? '');
      else pump(child.stdin, input).catch((error: unknown) => (producerError = error));
    });
  }
}

/** Writes chunks as git takes them; stops when git has gone (its exit code says why). */
async function pump(stdin: Writable, chunks: AsyncIterable<string>): Promise<void> {
  try {
    for await (const chunk of chunks) {
      if (stdin.destroyed || stdin.writableEnded) return;
      if (!stdin.write(chunk)) {
        await new Promise<void>((resolve) => {
          const done = () => {
            stdin.off('drain', done);
            stdin.off('close', done);
            resolve();
          };
          stdin.on('drain', done);
          stdin.on('close', done);
        });
      }
    }
    stdin.end();
  } catch (error) {
    // Closing stdin mid-stream: a reader such as fast-import --done then writes nothing.
    stdin.destroy();
    throw error;
  }
}

function isAnswer(command: GitCommand<unknown>, code: number): boolean {
  if (command.answers === 'any') return true;
  return code >= 0 && (command.answers ?? []).includes(code);
}

export function gitMissing(): StoreError {
  return new StoreError('git-missing', 'git is not installed or not on PATH; install git and try again');
}

/** Git's complaint, kept to its first line, with the command for context. */
export function gitFailure(args: readonly string[], message: string): StoreError {
  if (/ENOENT|spawn git/.test(message) && !/fatal:/.test(message)) return gitMissing();
  const first = message.split('\n').map((line) => line.trim()).find((line) => line !== '') ?? 'unknown error';
  if (/dubious ownership/.test(message)) {
    return new StoreError(
      'read-only',
      "the store belongs to another user and git does not trust it; ask its owner, or add it to git's safe.directory",
    );
  }
  if (/Permission denied|Read-only file system|unable to create temporary file|insufficient permission/i.test(message)) {
    return new StoreError('read-only', `the store is read-only (${first}); check the folder's permissions`);
  }
  return new StoreError('git-failed', `git ${args[0]} failed: ${first}`);
}
