import type { ArgsFrom, CommandSpec, OptionSpec } from './command-spec.js';

/**
 * Reads a plain invocation of a command from its table entry, without
 * yargs: loading yargs costs more than most commands' whole work. It takes
 * the forms the table allows (`--name value`, `--name=value`, `--flag`,
 * `--no-flag`, positionals in order, `-` for standard input) and returns null
 * on anything else (an unknown or malformed option, a missing or extra
 * argument, `--`, short options), so that yargs reads it instead and gives
 * its own message. Keys come both as written and in camelCase, as yargs
 * gives them.
 */
export function parsePlain<Spec extends CommandSpec>(spec: Spec, argv: readonly string[]): PlainArgs<Spec> | null {
  const values: Record<string, unknown> = {};
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === '-' || !token.startsWith('-')) {
      positionals.push(token);
      continue;
    }
    if (!token.startsWith('--') || token === '--') return null;
    const eq = token.indexOf('=');
    const name = token.slice(2, eq < 0 ? undefined : eq);
    const inline = eq < 0 ? undefined : token.slice(eq + 1);
    const negated = name.startsWith('no-') ? spec.options[name.slice(3)] : undefined;
    if (negated && isBoolean(negated) && inline === undefined) {
      values[name.slice(3)] = false;
      continue;
    }
    const option = spec.options[name];
    if (!option || name in values) return null;
    if (isBoolean(option)) {
      if (inline === undefined) values[name] = true;
      else if (inline === 'true' || inline === 'false') values[name] = inline === 'true';
      else return null;
      continue;
    }
    const raw = inline ?? argv[++i];
    if (raw === undefined || (raw.startsWith('-') && raw !== '-')) return null;
    const value = readValue(option, raw);
    if (value === null) return null;
    values[name] = value;
  }
  if (positionals.length > spec.positionals.length) return null;
  for (const [index, positional] of spec.positionals.entries()) {
    const given = positionals[index];
    if (given === undefined && positional.required) return null;
    const value = given ?? positional.default;
    if (value !== undefined) values[positional.name] = value;
  }
  for (const [name, option] of Object.entries(spec.options)) {
    if (!(name in values) && option.default !== undefined) values[name] = option.default;
  }
  const args: Record<string, unknown> = { _: [spec.name], $0: 'leads' };
  for (const [name, value] of Object.entries(values)) {
    args[name] = value;
    args[camelCase(name)] = value;
  }
  // Every value above was read as its entry says, and every entry with a default has one: the entry's promise holds.
  return args as PlainArgs<Spec>;
}

/** What the plain reader returns: the entry's arguments, and yargs' bookkeeping beside them. */
export type PlainArgs<Spec extends CommandSpec> = ArgsFrom<Spec> & { readonly _: readonly string[]; readonly $0: string };

function isBoolean(option: OptionSpec): boolean {
  return 'type' in option && option.type === 'boolean';
}

function readValue(option: OptionSpec, raw: string): string | number | null {
  if ('choices' in option) return option.choices.includes(raw) ? raw : null;
  if (option.type === 'number') return numberValue(option, raw);
  return raw;
}

function camelCase(name: string): string {
  return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** A number option's value, or null when it is none or out of its range (yargs then reads it, and main says why). */
export function numberValue(option: Extract<OptionSpec, { type: 'number' }>, raw: string): number | null {
  const number = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(number)) return null;
  const range = option.range;
  if (range?.integer && !Number.isInteger(number)) return null;
  if (range?.min !== undefined && number < range.min) return null;
  if (range?.max !== undefined && number > range.max) return null;
  return number;
}
