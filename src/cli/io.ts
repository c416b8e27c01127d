/**
 * Everything a command may touch of the outside world, passed in so that the
 * bin is the only code that knows about `process` and tests can run commands
 * in memory.
 */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /**
   * Reads standard input, stopping once it holds more than `limit` bytes
   * (`yes | leads parse -` must not grow without end): a result longer than
   * the limit means the input was over it.
   */
  readonly readStdin: (limit: number) => Promise<Uint8Array>;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly stdoutIsTTY: boolean;
}

/** Exit codes, as the README documents them. */
export const EXIT = {
  ok: 0,
  /** A negative answer a script tests for: a check that found a wrong ATTN line. */
  negative: 1,
  /** Bad usage or bad input. */
  usage: 2,
  /** A conflict worth retrying: another desk moved the story on first. */
  conflict: 3,
  /** A bug in leads itself. */
  internal: 4,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A user-facing failure: its message is one line that says what was wrong and what to do. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT.usage,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
