// Bundles the CLI so that `leads` starts fast: one file per command's code
// path instead of hundreds of small modules to resolve. Dynamic imports stay
// split, so each command loads only what it uses; simple-git stays external
// (it does not bundle as ESM) and is imported only by the store commands.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

await build({
  entryPoints: { main: 'src/cli/main.ts' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['simple-git'],
  // yargs renders (and caches) a command's help text on every run, measuring it
  // with string-width, whose copies build an Intl.Segmenter, Unicode-property
  // regexes and emoji tables at load time (~30 ms a run here). Our help text is
  // English; build/string-width-lite.js measures it the same, for nothing.
  alias: { 'string-width': './build/string-width-lite.js' },
  // Chunks sit beside main.js: code that finds stories/ or package.json two folders up works from any of them.
  chunkNames: '[name]-[hash]',
  define: { LEADS_VERSION: JSON.stringify(version) },
  legalComments: 'none',
  logLevel: 'warning',
});
