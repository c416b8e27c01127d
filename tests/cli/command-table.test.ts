// The type half of these tests is checked by `npm run typecheck` (tsc reads tests/):
// a `@ts-expect-error` line that compiles fails the type check.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { parsePlain } from '../../src/cli/args.js';
import { COMMANDS, type ArgsOf, type CommandModule, type SpecOf } from '../../src/cli/command-table.js';

const commit = COMMANDS.find((command): command is SpecOf<'commit'> => command.name === 'commit')!;

describe("a command's arguments are typed by its table entry", () => {
  it('options come in camelCase, those with a default always set, positionals by name', () => {
    expectTypeOf<ArgsOf<'diff'>>().toEqualTypeOf<{
      readonly first?: string | undefined;
      readonly second?: string | undefined;
      readonly third?: string | undefined;
      readonly story?: string | undefined;
      readonly format?: 'terminal' | 'unified' | 'json' | 'html' | undefined;
      readonly color: 'always' | 'never' | 'auto';
      readonly stat: boolean;
      readonly pager: boolean;
      readonly exitCode: boolean;
      readonly store?: string | undefined;
    }>();
    // A positional with a default is always there.
    expectTypeOf<ArgsOf<'push'>>().toEqualTypeOf<{ readonly remote: string; readonly store?: string | undefined }>();
  });

  it('a misspelt option, or one read as the wrong type, does not compile', () => {
    const readWindow = (args: ArgsOf<'commit'>): number => {
      // @ts-expect-error: commit's option is --window
      const misspelt: unknown = args.windw;
      // @ts-expect-error: --window is a number of hours
      const asText: string = args.window;
      return [misspelt, asText].length;
    };
    // @ts-expect-error: a run that expects an option its entry lacks is refused
    const wrongName: CommandModule<'commit'> = { run: async (args: { windw: number }) => args.windw };
    // @ts-expect-error: a run that expects --window as text is refused
    const wrongType: CommandModule<'commit'> = { run: async (args: { window: string }) => args.window.length };
    expect([readWindow, wrongName, wrongType]).toHaveLength(3);
  });

  it('the plain reader returns what the type promises', () => {
    const args: ArgsOf<'commit'> | null = parsePlain(commit, ['draft.txt', '--window', '12', '--dry-run']);
    expect(args && { file: args.file, window: args.window, dryRun: args.dryRun, keepAttn: args.keepAttn, story: args.story }).toEqual({
      file: 'draft.txt',
      window: 12,
      dryRun: true,
      keepAttn: false,
      story: undefined,
    });
  });
});
