import { describe, expect, it } from 'vitest';
import { parsePlain } from '../../src/cli/args.js';
import { COMMANDS } from '../../src/cli/command-table.js';

const spec = (name: string) => COMMANDS.find((command) => command.name === name)!;
/** The keys a command reads, without yargs' bookkeeping. */
const read = (name: string, argv: string[]) => {
  const args = parsePlain(spec(name), argv);
  if (args === null) return null;
  const { _, $0, ...rest } = args;
  return rest;
};

describe('parsePlain: plain invocations read from the command table', () => {
  it.each([
    ['parse', ['-'], { file: '-', json: false }],
    ['parse', ['a.txt', '--json'], { file: 'a.txt', json: true }],
    ['attn', ['a.txt', 'b.txt', '--style=reuters', '--what', "police chief's remarks"], {
      first: 'a.txt', second: 'b.txt', style: 'reuters', what: "police chief's remarks", json: false, correction: false,
    }],
    ['diff', ['story', '1', '3', '--format', 'html', '--no-pager', '--exit-code'], {
      first: 'story', second: '1', third: '3', format: 'html', pager: false, 'exit-code': true, exitCode: true, color: 'auto', stat: false,
    }],
    ['commit', ['-', '--dry-run', '--window', '12'], {
      file: '-', 'dry-run': true, dryRun: true, window: 12, new: false, print: false, correction: false,
      'fix-attn': false, fixAttn: false, 'keep-attn': false, keepAttn: false,
    }],
    ['push', [], { remote: 'origin' }],
    ['serve', ['--port', '0'], { port: 0, host: '127.0.0.1' }],
  ])('%s %j', (name, argv, expected) => {
    expect(read(name, argv)).toEqual(expected);
  });

  it.each([
    ['an unknown option', 'parse', ['a.txt', '--jsn']],
    ['a missing required positional', 'parse', []],
    ['an extra positional', 'parse', ['a.txt', 'b.txt']],
    ['a value not among the choices', 'diff', ['a', 'b', '--format', 'pdf']],
    ['a number that is not one', 'commit', ['a.txt', '--window', 'soon']],
    ['an option without its value', 'commit', ['a.txt', '--story']],
    ['an option given twice', 'parse', ['a.txt', '--json', '--json']],
    ['a short option', 'parse', ['-j', 'a.txt']],
    ['arguments after --', 'show', ['story', '--', '--x']],
    ['a value that looks like an option', 'commit', ['a.txt', '--story', '--upload-pack=x']],
  ])('declines %s, so that yargs reads it and says what is wrong', (_name, command, argv) => {
    expect(parsePlain(spec(command), argv)).toBeNull();
  });
});
