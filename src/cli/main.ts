import { readFileSync } from 'node:fs';
import type { Argv } from 'yargs';
import { StoreError, type StoreErrorKind } from '../store/errors.js';
import { numberValue, parsePlain } from './args.js';
import { COMMANDS, loadCommand, type ArgsOf, type CommandName } from './command-table.js';
import { usageOf, type ArgsFrom, type CommandSpec, type OptionSpec } from './command-spec.js';
import { CliError, EXIT, type Io } from './io.js';

/**
 * Runs one `leads` invocation and returns its exit code. Errors a user can
 * fix come out as one line on stderr; only a bug in leads prints more, and
 * only with LEADS_DEBUG set.
 *
 * A plain invocation of a command is read straight from the command table;
 * yargs, which costs more to load than most commands take to run, is loaded
 * only for help, version, completion and anything the plain reader declines
 * (so every error message about arguments is yargs').
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const spec = COMMANDS.find((command) => command.name === argv[0]);
  const meta = argv.some((arg) => arg === '--help' || arg === '-h' || arg === '--version' || arg.startsWith('--get-yargs-completions'));
  const args = spec && !meta ? parsePlain(spec, argv.slice(1)) : null;
  if (spec && args) {
    try {
      return await runCommand(spec.name, args, io);
    } catch (error) {
      return reportError(error, io);
    }
  }
  return mainWithYargs(argv, io);
}

async function runCommand<Name extends CommandName>(name: Name, args: ArgsOf<Name>, io: Io): Promise<number> {
  const command = await loadCommand(name);
  return command.run(args, io);
}

async function mainWithYargs(argv: readonly string[], io: Io): Promise<number> {
  let exitCode: number = EXIT.ok;
  const parser = await buildParser(io, (code) => (exitCode = code), argv);
  try {
    // With a callback yargs hands back --help, --version and completion text instead of printing it.
    await parser.parseAsync(argv.map(protectDash), {}, (error, _args, output) => {
      if (error) throw error;
      if (output) io.stdout(output.endsWith('\n') ? output : `${output}\n`);
    });
  } catch (error) {
    return reportError(error, io);
  }
  return exitCode;
}

async function buildParser(io: Io, setExitCode: (code: number) => void, argv: readonly string[]): Promise<Argv> {
  const { default: yargs } = await import('yargs');
  let parser = yargs()
    .scriptName('leads')
    .locale('en')
    .usage('leads COMMAND [options]\n\nEvery lead of a wire story as a version in git, with paragraph diffs and ATTN lines.')
    .strict()
    .exitProcess(false)
    .demandCommand(1, 'give a command')
    .recommendCommands()
    .version(packageVersion())
    .help()
    .alias('h', 'help')
    .completion('completion', 'print a bash/zsh completion script (add it to ~/.bashrc)')
    .wrap(100)
    .epilogue('Exit codes: 0 ok, 1 a negative answer (a failed check), 2 bad usage or input, 3 a conflict worth retrying, 4 a bug in leads (please report it).')
    .fail((message, error) => {
      if (error) throw error;
      const suggestion = /^Did you mean (\S+)\?$/.exec(message ?? '');
      // Some yargs messages span lines; an error here is always one.
      const text = suggestion ? `unknown command; did you mean ${suggestion[1]}?` : message.replace(/:?\s*\n\s*/g, ': ');
      throw new CliError(`${text}; see 'leads --help'`);
    });
  for (const spec of COMMANDS) {
    parser = parser.command(usageOf(spec), spec.describe, (y) => describeCommand(spec, y), async (args) => {
      // yargs leaves what follows `--` in `_` instead of the positionals: refuse it rather than ignore it.
      const extra = args._.slice(1).map(String);
      if (extra.length > 0) {
        throw new CliError(`unexpected argument '${extra[0]}'; a file whose name starts with '-' can be given as ./${extra[0]}`);
      }
      setExitCode(await runCommand(spec.name, fromYargs(spec, restoreDashes(args), argv), io));
    });
  }
  return parser;
}

/** The table entry, told to yargs: positionals, options, examples. */
function describeCommand(spec: CommandSpec, y: Argv): Argv {
  let out = y;
  for (const positional of spec.positionals) {
    out = out.positional(positional.name, { type: 'string', describe: positional.describe, default: positional.default });
  }
  for (const [name, option] of Object.entries(spec.options)) {
    const { range: _range, ...forYargs } = option as OptionSpec & { range?: unknown };
    out = out.option(name, forYargs);
  }
  for (const [example, meaning] of spec.examples) out = out.example(example, meaning);
  return out;
}

// yargs reads a lone `-` as an empty string (yargs/yargs#1312), yet `-` is how
// every file argument says "standard input". It is swapped for a token no
// command line can hold (argv never contains NUL) and swapped back after parsing.
const DASH = '\u0000-';

function protectDash(arg: string): string {
  return arg === '-' ? DASH : arg;
}

function restoreDashes(args: Record<string, unknown>): Record<string, unknown> {
  const restore = (value: unknown): unknown =>
    value === DASH ? '-' : Array.isArray(value) ? value.map(restore) : value;
  return Object.fromEntries(Object.entries(args).map(([key, value]) => [key, restore(value)]));
}

/**
 * yargs' reading, as the arguments the entry promises: yargs was told the
 * same entry (describeCommand), so it gives the same names, types and
 * defaults, but for one thing: it collects an option given twice into a list
 * (a flag given twice is its last), which no command expects.
 */
function fromYargs<Spec extends CommandSpec>(spec: Spec, args: Record<string, unknown>, argv: readonly string[]): ArgsFrom<Spec> {
  for (const [name, option] of Object.entries(spec.options)) {
    if (Array.isArray(args[name])) throw new CliError(`--${name} was given more than once; give it once`);
    // yargs reads `--window abc` as NaN and lets it through: say what was given and what the option takes.
    if ('type' in option && option.type === 'number' && args[name] !== undefined) {
      const given = givenValue(argv, name) ?? String(args[name]);
      if (numberValue(option, given) === null) {
        throw new CliError(`--${name} ${given}: --${name} takes ${option.range?.takes ?? 'a number'}`);
      }
    }
  }
  return args as ArgsFrom<Spec>;
}

/** The value as typed after `--name` or in `--name=value`. */
function givenValue(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === `--${name}`) return argv[i + 1] ?? '';
    if (argv[i]!.startsWith(`--${name}=`)) return argv[i]!.slice(name.length + 3);
  }
  return undefined;
}

const STORE_EXIT: Record<StoreErrorKind, number> = {
  conflict: EXIT.conflict,
  'git-failed': EXIT.internal,
  'no-store': EXIT.usage,
  'not-a-store': EXIT.usage,
  'bad-story-id': EXIT.usage,
  'unknown-story': EXIT.usage,
  'unknown-lead': EXIT.usage,
  'no-previous': EXIT.usage,
  identical: EXIT.usage,
  'no-identity': EXIT.usage,
  'git-missing': EXIT.usage,
  'read-only': EXIT.usage,
};

function reportError(error: unknown, io: Io): number {
  if (error instanceof CliError) {
    io.stderr(`leads: ${error.message}\n`);
    return error.exitCode;
  }
  if (error instanceof StoreError) {
    io.stderr(`leads: ${error.message}\n`);
    return STORE_EXIT[error.kind];
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`leads: internal error: ${message} (this is a bug in leads; set LEADS_DEBUG=1 for details)\n`);
  if (io.env.LEADS_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  return EXIT.internal;
}

// Set by the bundler (build.mjs); unset when running from src/ or the tsc output.
declare const LEADS_VERSION: string | undefined;

function packageVersion(): string {
  if (typeof LEADS_VERSION === 'string') return LEADS_VERSION;
  // src/cli/main.ts and dist/cli/main.js both sit two folders below package.json.
  const manifest = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(manifest) as { version: string }).version;
}
