/**
 * The shape of a command's table entry, and the arguments it promises the
 * command: a command's `run` takes `ArgsFrom<its entry>`, so that reading an
 * option the entry does not declare, or reading it as the wrong type, does
 * not compile. yargs, the plain reader (args.ts) and the types all read the
 * same entry.
 */
export interface PositionalSpec {
  readonly name: string;
  readonly required: boolean;
  readonly default?: string;
  readonly describe: string;
}

export type OptionSpec =
  | { readonly type: 'string'; readonly default?: string; readonly describe: string }
  | {
      readonly type: 'number';
      readonly default?: number;
      readonly describe: string;
      /** What the number may be, checked before the command runs: `--port 70000` and `--window -1` are refused. */
      readonly range?: { readonly min?: number; readonly max?: number; readonly integer?: boolean; readonly takes: string };
    }
  | { readonly type: 'boolean'; readonly default?: boolean; readonly describe: string }
  | { readonly choices: readonly string[]; readonly default?: string; readonly describe: string };

export interface CommandSpec {
  readonly name: string;
  readonly describe: string;
  readonly positionals: readonly PositionalSpec[];
  /** Options by their name on the command line (kebab-case). */
  readonly options: Readonly<Record<string, OptionSpec>>;
  readonly examples: readonly (readonly [string, string])[];
}

/** `attn <first> [second] [third]`: the command as yargs writes it. */
export function usageOf(spec: CommandSpec): string {
  return [spec.name, ...spec.positionals.map((p) => (p.required ? `<${p.name}>` : `[${p.name}]`))].join(' ');
}

/** `dry-run` -> `dryRun`: options reach a command in camelCase, as yargs gives them. */
type CamelCase<Name extends string> = Name extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : Name;

type OptionValue<Option> = Option extends { readonly choices: readonly (infer Choice)[] }
  ? Choice
  : Option extends { readonly type: 'number' }
    ? number
    : Option extends { readonly type: 'boolean' }
      ? boolean
      : string;

/** An option with a default always has a value; one without may be absent. */
type OptionArgs<Options> = {
  readonly [Name in keyof Options & string as Options[Name] extends { readonly default: unknown } ? CamelCase<Name> : never]: OptionValue<Options[Name]>;
} & {
  readonly [Name in keyof Options & string as Options[Name] extends { readonly default: unknown } ? never : CamelCase<Name>]?: OptionValue<Options[Name]> | undefined;
};

/** A required positional, or one with a default, always has a value. */
type PositionalArgs<Positionals extends readonly PositionalSpec[]> = {
  readonly [P in Positionals[number] as P extends { readonly required: true } | { readonly default: string } ? P['name'] : never]: string;
} & {
  readonly [P in Positionals[number] as P extends { readonly required: true } | { readonly default: string } ? never : P['name']]?: string | undefined;
};

type Flatten<T> = { [Key in keyof T]: T[Key] } & {};

/**
 * The arguments a table entry (declared `as const`) promises its command:
 * positionals by name, options in camelCase, each typed as the entry says.
 * Distributes over a union of entries.
 */
export type ArgsFrom<Spec extends CommandSpec> = Spec extends CommandSpec
  ? Flatten<PositionalArgs<Spec['positionals']> & OptionArgs<Spec['options']>>
  : never;
