import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/command-table.js';
import { usageOf } from '../../src/cli/command-spec.js';
import { REPO_ROOT, runLeads } from '../helpers/cli.js';

const version = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).version;

describe('leads', () => {
  it('lists every command in --help, in English, with the exit codes', () => {
    const result = runLeads(['--help'], { env: { LANG: 'fr_FR.UTF-8', LC_ALL: 'fr_FR.UTF-8' } });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^leads COMMAND \[options\]/);
    for (const spec of COMMANDS) expect(result.stdout).toContain(`leads ${usageOf(spec)}`);
    expect(result.stdout).toContain('leads completion');
    expect(result.stdout).toContain('Show help');
    expect(result.stdout).toContain('Exit codes: 0 ok, 1 a negative answer');
  });

  it.each(COMMANDS.map((spec) => spec.name))('shows an example in `leads %s --help`', (command) => {
    const result = runLeads([command, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Examples:');
    expect(result.stdout).toMatch(new RegExp(`leads ${command}`));
  });

  it('prints its version', () => {
    const result = runLeads(['--version']);
    expect(result).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('prints a completion script that calls back into leads', () => {
    const result = runLeads(['completion']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('complete -o bashdefault -o default -F _leads_yargs_completions leads');
  });

  it('completes command names', () => {
    const result = runLeads(['--get-yargs-completions', 'leads', 'pa']);
    expect(result.stdout.split('\n')).toContain('parse');
  });

  it.each([
    [[], /give a command/],
    [['publish'], /unknown command; did you mean push\?; see 'leads --help'/],
    [['frobnicate'], /Unknown argument: frobnicate/],
    [['show', 'quake-20260314', '--store', 'a', '--store', 'b'], /^leads: --store was given more than once; give it once$/m],
    [['diff', 'a.txt', 'b.txt', '--format', 'json', '--format', 'html'], /^leads: --format was given more than once; give it once$/m],
  ])('refuses %j with exit 2 and one line', (args, message) => {
    const result = runLeads(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('runs from any working folder', () => {
    const result = runLeads(['--version'], { cwd: mkdtempSync(join(tmpdir(), 'leads-cwd-')) });
    expect(result.stdout).toBe(`${version}\n`);
  });
});
