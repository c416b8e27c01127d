import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/command-table.js';
import { usageOf } from '../../src/cli/command-spec.js';
import { REPO_ROOT, runLeads } from '../helpers/cli.js';
import { SAMPLE_DIR, SAMPLE_STORY, git, tempStore } from '../helpers/store.js';

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
    expect(result.stdout.replace(/\s+/g, ' ')).toContain('3 a conflict worth retrying, 4 a bug in leads (please report it).');
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

describe('values are checked before anything happens', () => {
  const { home, dir, leads } = tempStore();
  const sample = join(SAMPLE_DIR, '00.txt');
  it.each([
    [['commit', sample, '--window', 'abc'], '--window abc: --window takes a number of hours, 0 or more'],
    [['commit', sample, '--window=-3'], '--window -3: --window takes a number of hours, 0 or more'],
    [['serve', '--port', 'abc'], '--port abc: --port takes a port number from 0 to 65535'],
    [['serve', '--port', '70000'], '--port 70000: --port takes a port number from 0 to 65535'],
    [['eval', 'tests/attn/cases', '--min', 'abc'], '--min abc: --min takes a percentage from 0 to 100'],
    [['log', SAMPLE_STORY, '--store'], '--store needs a folder: give --store DIR'],
    [['commit', sample, '--date', '2099-01-01T00:00:00Z'], "--date '2099-01-01T00:00:00Z' is later than now; give the time the lead moved, or leave --date out"],
  ])('%j: exit 2, one line, the store untouched', (args, message) => {
    const before = git(dir, 'for-each-ref');
    const result = leads(args);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `leads: ${message}\n` });
    expect(git(dir, 'for-each-ref')).toBe(before);
  });

  it('an empty LEADS_STORE is an error, not the current folder', () => {
    const result = runLeads(['log', SAMPLE_STORY], { env: { HOME: home, LEADS_STORE: '' } });
    expect(result).toEqual({ code: 2, stdout: '', stderr: "leads: LEADS_STORE is set but empty; set it to the store's folder, or unset it to use ~/.leads\n" });
  });

  it('a --date a few seconds ahead (clock skew between desks) is fine', () => {
    const soon = new Date(Date.now() + 20_000).toISOString();
    expect(leads(['commit', sample, '--date', soon]).code).toBe(0);
  });
});
