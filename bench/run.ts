/**
 * `npm run bench [-- --quick]`: every benchmark of the project, one table.
 * Each figure is the median of several runs after a warm-up, next to a
 * reference measured in the same run on the same machine, and their ratio.
 * Generated inputs come from the seeded generator in bench/generate.ts; the
 * large store is built once with git fast-import and cached outside the repo.
 * Benchmarks are not tests: nothing in `npm test` depends on timing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../src/article/parse.js';
import { renderArticle } from '../src/article/render.js';
import { diffLeads } from '../src/diff/lead-diff.js';
import { Store } from '../src/store/store.js';
import { diffWords as jsdiffWords } from 'diff';
import { longLeadPair, longParagraphPair, random, paragraph, text, toLead } from './generate.js';
import { storeScaleRows } from './scale.js';

const quick = process.argv.includes('--quick');
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(ROOT, 'bin/leads.js');
const RUNS = quick ? 5 : 15;
const WARMUP = quick ? 1 : 3;
const work = mkdtempSync(join(tmpdir(), 'leads-bench-'));
const env = { PATH: process.env.PATH ?? '', HOME: work, LC_ALL: 'C' };
const AUTHOR = ['--author', 'Bench Desk <bench@example.com>'];

interface Row {
  readonly name: string;
  readonly figure: string;
  readonly reference: string;
  readonly ratio: string;
}
const rows: Row[] = [];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Wall time of a command, in ms; failures are fatal: a benchmark of an error measures nothing. */
function timeOnce(command: string, args: readonly string[], options: { cwd?: string; input?: string } = {}): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd: options.cwd ?? ROOT, env, input: options.input ?? '', stdio: ['pipe', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && !(command === 'git' && args.includes('--no-index') && result.status === 1)) {
    throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  }
  return ms;
}

/** Medians of two commands measured in alternation, so that machine noise hits both alike. */
function compare(
  a: () => number,
  b: () => number,
  runs = RUNS,
): { a: number; b: number } {
  for (let i = 0; i < WARMUP; i++) {
    a();
    b();
  }
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < runs; i++) {
    as.push(a());
    bs.push(b());
  }
  return { a: median(as), b: median(bs) };
}

const ms = (value: number) => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(1)} ms`);
function row(name: string, figure: number, referenceName: string, reference: number): void {
  rows.push({ name, figure: ms(figure), reference: `${referenceName} ${ms(reference)}`, ratio: `${(figure / reference).toFixed(2)}x` });
  console.error(`  ${name}: ${ms(figure)} (${referenceName} ${ms(reference)})`);
}

const nodeFloor = () => timeOnce(process.execPath, ['-e', '0']);
const leads = (args: readonly string[], options: { cwd?: string; input?: string } = {}) => () =>
  timeOnce(process.execPath, [BIN, ...args], options);

function write(name: string, content: string): string {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
}

// ------------------------------------------------------------- start-up

console.error(`leads bench${quick ? ' --quick' : ''}: ${RUNS} runs after ${WARMUP} warm-up, in ${work}`);
const sample = (n: number) => join(ROOT, `stories/quake-demo/0${n}.txt`);
const rng = random(42);
const realOld = Array.from({ length: 30 }, () => paragraph(rng));
const realNew = [...realOld.slice(0, 3), paragraph(rng), ...realOld.slice(3, 25).map((p, i) => (i % 7 === 3 ? `${p} Officials said more was expected.` : p)), paragraph(rng), paragraph(rng)];
const realOldFile = write('real-old.txt', toLead(realOld));
const realNewFile = write('real-new.txt', toLead(realNew));

{
  const r = compare(leads(['--help']), nodeFloor);
  row('leads --help', r.a, 'node -e 0', r.b);
}
{
  const r = compare(leads(['attn', sample(3), sample(4)]), nodeFloor);
  row('leads attn, sample 3rd->4th LD (10 paras)', r.a, 'node -e 0', r.b);
}
{
  const r = compare(leads(['attn', realOldFile, realNewFile]), nodeFloor);
  row('leads attn, generated 30-para leads', r.a, 'node -e 0', r.b);
}
{
  const r = compare(leads(['diff', realOldFile, realNewFile, '--color', 'never']), nodeFloor);
  row('leads diff, generated 30-para leads', r.a, 'node -e 0', r.b);
}

// ------------------------------------------------------------- long leads

const size = quick ? 1000 : 5000;
const long = longLeadPair(7, size, 0.05, 0.02);
const longOld = write('long-old.txt', toLead(long.old));
const longNew = write('long-new.txt', toLead(long.next));
const gitWordDiff = () => timeOnce('git', ['diff', '--no-index', '--word-diff', '--', longOld, longNew]);
{
  const r = compare(leads(['diff', longOld, longNew, '--format', 'json']), gitWordDiff, quick ? 3 : 7);
  row(`leads diff, ${size}-para leads (5% edited, 2% new)`, r.a, 'git diff --word-diff', r.b);
}
{
  const oldArticle = parseArticle(toLead(long.old));
  const newArticle = parseArticle(toLead(long.next));
  const inProcess = () => {
    const start = process.hrtime.bigint();
    diffLeads(oldArticle, newArticle);
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  const r = compare(inProcess, gitWordDiff, quick ? 3 : 7);
  row(`diffLeads() in process, ${size}-para leads`, r.a, 'git diff --word-diff', r.b);
}
{
  const [a] = text(1, 20_000, 1);
  const [b] = text(2, 20_000, 1);
  const pa = text(3, 20_000);
  const pb = text(4, 20_000);
  const one = (x: string[], y: string[]) => () => {
    const start = process.hrtime.bigint();
    diffLeads(parseArticle(toLead(x)), parseArticle(toLead(y)));
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  const r = compare(one([a!], [b!]), one(pa, pb), 3);
  rows.push({ name: 'two unrelated 20,000-word texts, one paragraph each', figure: ms(r.a), reference: 'must stay under 1 s', ratio: `${(r.a / 1000).toFixed(2)}x` });
  rows.push({ name: 'two unrelated 20,000-word texts, in paragraphs', figure: ms(r.b), reference: 'must stay under 1 s', ratio: `${(r.b / 1000).toFixed(2)}x` });
}

// ------------------------------------------------------------- every paragraph edited

/** Peak RSS of one run of a command in MiB, through GNU time; null where it is not installed. */
function peakRss(command: string, args: readonly string[]): number | null {
  if (!existsSync('/usr/bin/time')) return null;
  const result = spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  const kib = Number(result.stderr.toString().trim().split('\n').at(-1));
  return Number.isFinite(kib) && kib > 0 ? kib / 1024 : null;
}
const mib = (value: number | null) => (value === null ? 'n/a' : `${value.toFixed(0)} MiB`);
function rssRow(name: string, figure: number | null, referenceName: string, reference: number | null): void {
  const ratio = figure !== null && reference !== null ? `${(figure / reference).toFixed(2)}x` : '';
  rows.push({ name, figure: mib(figure), reference: `${referenceName} ${mib(reference)}`, ratio });
  console.error(`  ${name}: ${mib(figure)} (${referenceName} ${mib(reference)})`);
}

{
  // Every paragraph has one word changed: nothing identical to anchor on, every pair an edit.
  const sizes = quick ? [500, 2000] : [5000, 20_000];
  const medians: number[] = [];
  for (const count of sizes) {
    const pair = longLeadPair(17, count, 1, 0);
    const oldFile = write(`edited-${count}-old.txt`, toLead(pair.old));
    const newFile = write(`edited-${count}-new.txt`, toLead(pair.next));
    const diffArgs = ['diff', oldFile, newFile, '--format', 'json'];
    const gitArgs = ['diff', '--no-index', '--word-diff', '--', oldFile, newFile];
    const r = compare(leads(diffArgs), () => timeOnce('git', gitArgs), quick ? 3 : 7);
    medians.push(r.a);
    const name = `leads diff --format json, ${count.toLocaleString('en')} paras, every one edited`;
    row(name, r.a, 'git diff --word-diff', r.b);
    rssRow(`peak RSS of the same, ${count.toLocaleString('en')} paras`, peakRss(process.execPath, [BIN, ...diffArgs]), 'git', peakRss('git', gitArgs));
  }
  const [small, large] = sizes as [number, number];
  rows.push({
    name: `the same at ${large.toLocaleString('en')} paras against ${small.toLocaleString('en')} (${large / small}x the input)`,
    figure: ms(medians[1]!),
    reference: `${small.toLocaleString('en')} paras ${ms(medians[0]!)}`,
    ratio: `${(medians[1]! / medians[0]!).toFixed(2)}x`,
  });
}
{
  const words = quick ? 30_000 : 200_000;
  const pair = longParagraphPair(29, words, 10);
  const oldArticle = parseArticle(toLead([pair.old]));
  const newArticle = parseArticle(toLead([pair.next]));
  const edits = diffLeads(oldArticle, newArticle).paragraphs[0]!.words?.filter((w) => w.op === 'add').length ?? 0;
  if (edits !== 10) throw new Error(`the ${words}-word paragraph should show 10 word edits, not ${edits}`);
  const timed = (run: () => unknown) => () => {
    const start = process.hrtime.bigint();
    run();
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  const r = compare(timed(() => diffLeads(oldArticle, newArticle)), timed(() => jsdiffWords(pair.old, pair.next)), quick ? 3 : 5);
  row(`diffLeads() in process, one ${words.toLocaleString('en')}-word paragraph, 10 words changed`, r.a, 'jsdiff diffWords', r.b);

  // Peak RSS: each in a fresh process of its own, from the built library.
  const oldFile = write('huge-old.txt', toLead([pair.old]));
  const newFile = write('huge-new.txt', toLead([pair.next]));
  const child = (body: string) => [
    '--input-type=module',
    '-e',
    `import { readFileSync } from 'node:fs'; import { createRequire } from 'node:module';
     const { diffLeads, parseArticle } = await import(${JSON.stringify(join(ROOT, 'dist/index.js'))});
     const { diffWords } = createRequire(${JSON.stringify(ROOT)} + '/')('diff');
     const [a, b] = [${JSON.stringify(oldFile)}, ${JSON.stringify(newFile)}].map((f) => readFileSync(f, 'utf8'));
     ${body}`,
  ];
  rssRow(
    `peak RSS of the same, each in its own process`,
    peakRss(process.execPath, child('diffLeads(parseArticle(a), parseArticle(b));')),
    'jsdiff diffWords',
    peakRss(process.execPath, child('diffWords(parseArticle(a).paragraphs[0], parseArticle(b).paragraphs[0]);')),
  );
  const whole = compare(leads(['diff', oldFile, newFile, '--format', 'json']), nodeFloor, quick ? 3 : 5);
  rows.push({
    name: `leads diff --format json, the ${words.toLocaleString('en')}-word paragraph`,
    figure: ms(whole.a),
    reference: 'must stay under 3 s',
    ratio: `${(whole.a / 3000).toFixed(2)}x`,
  });
  console.error(`  leads diff, ${words}-word paragraph: ${ms(whole.a)}`);
}

// ------------------------------------------------------------- the store

const stories = quick ? 1000 : 10_000;
const perStory = 10;
const bigStore = await cachedStore(stories, perStory);
const emptyStore = join(work, 'empty-store');
execFileSync(process.execPath, [BIN, 'init', emptyStore], { env });

let commitCount = 0;
const RUN_ID = Date.now().toString(36);
/** A fresh lead for `leads commit`: its own story each time, so every commit is a first version. */
function commitInto(store: string) {
  return () => {
    // Unique across runs: the large store is cached and keeps what earlier runs committed.
    const story = `bench-${RUN_ID}-${commitCount++}`;
    const file = write(`commit-${story}.txt`, `S Korea-bench\nBench headline ${story}\nSEOUL, Nov. 3 (Hangang News) -- Lead ${story}.\n\n(END)\n`);
    return timeOnce(process.execPath, [BIN, 'commit', file, '--story', story, '--store', store, ...AUTHOR]);
  };
}
{
  const r = compare(commitInto(emptyStore), nodeFloor);
  row('leads commit into an empty store', r.a, 'node -e 0', r.b);
}
{
  const r = compare(commitInto(bigStore), nodeFloor);
  row(`leads commit into ${stories.toLocaleString('en')} stories / ${(stories * perStory).toLocaleString('en')} leads`, r.a, 'node -e 0', r.b);
}
{
  const r = compare(commitInto(bigStore), commitInto(emptyStore));
  row(`leads commit into ${stories.toLocaleString('en')} stories / ${(stories * perStory).toLocaleString('en')} leads`, r.a, 'empty store', r.b);
}
{
  // The same 10-lead story alone in a small store, so that only the store's size differs.
  const small = join(work, 'small-store');
  const { store } = await Store.init(small, env);
  const next = random(9);
  await store.writeStory(
    'story-00000',
    null,
    Array.from({ length: perStory }, (_, l) => ({
      text: `Headline 0\n\nSEOUL, Nov. 3 (Hangang News) -- ${paragraph(next)} ${l}\n\n(END)\n`,
      author: { name: 'Bench', email: 'bench@example.com' },
      time: new Date(Date.UTC(2026, 0, 1, 0, 0, l)),
      message: { lead: l, story: 'story-00000', label: null, headline: 'Headline 0', slug: null, attn: null },
    })),
  );
  const r = compare(leads(['log', 'story-00000', '--store', bigStore]), leads(['log', 'story-00000', '--store', small]));
  row(`leads log of a 10-lead story, ${stories.toLocaleString('en')}-story store`, r.a, 'same story alone in a store', r.b);
}

// ------------------------------------------------------------- bulk throughput

{
  const count = quick ? 40 : 200;
  const leadsText = Array.from({ length: count }, (_, i) =>
    renderArticle(parseArticle(toLead([`Bulk lead ${i}.`, ...text(100 + i, 300)]))),
  );
  const libraryStore = join(work, 'bulk-library');
  const { store } = await Store.init(libraryStore, env);
  let start = process.hrtime.bigint();
  let parent: string | null = null;
  for (const [i, body] of leadsText.entries()) {
    parent = await store.write({
      story: 'bulk',
      parent,
      text: body,
      author: { name: 'Bench', email: 'bench@example.com' },
      time: new Date(Date.UTC(2026, 2, 14, 0, i)),
      message: { lead: i, story: 'bulk', label: null, headline: 'Bulk', slug: null, attn: null },
    });
  }
  const library = count / (Number(process.hrtime.bigint() - start) / 1e9);

  const plain = join(work, 'bulk-plain');
  execFileSync('git', ['init', '-q', plain], { env });
  start = process.hrtime.bigint();
  for (const body of leadsText) {
    writeFileSync(join(plain, 'lead.txt'), body);
    execFileSync('git', ['add', 'lead.txt'], { cwd: plain, env });
    execFileSync('git', ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.com', 'commit', '-q', '-m', 'lead'], { cwd: plain, env });
  }
  const plainRate = count / (Number(process.hrtime.bigint() - start) / 1e9);

  const fast = join(work, 'bulk-fast');
  execFileSync('git', ['init', '-q', '--bare', fast], { env });
  start = process.hrtime.bigint();
  execFileSync('git', ['fast-import', '--quiet'], { cwd: fast, env, input: fastImportStream([{ id: 'bulk', texts: leadsText }]) });
  const fastRate = count / (Number(process.hrtime.bigint() - start) / 1e9);
  rows.push({ name: `bulk commit of ${count} leads through the library`, figure: `${library.toFixed(0)} leads/s`, reference: `plain git commit loop ${plainRate.toFixed(0)} leads/s`, ratio: `${(library / plainRate).toFixed(2)}x` });
  rows.push({ name: '', figure: '', reference: `git fast-import ${fastRate.toFixed(0)} leads/s`, ratio: `${(library / fastRate).toFixed(3)}x` });
}

// ------------------------------------------------------------- the store at scale (bench/scale.ts)

rows.push(...(await storeScaleRows({ work, env, bin: BIN, quick })));

// ------------------------------------------------------------- report

const header = ['case', 'figure (median)', 'reference (same run)', 'ratio'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => Object.values(r)[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(`\nleads bench${quick ? ' --quick' : ''}, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}\n`);
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(Object.values(r)));
rmSync(work, { recursive: true, force: true });

// ------------------------------------------------------------- helpers

/** A git fast-import stream: each story a ref, each text a commit of lead.txt with the store's trailers. */
function fastImportStream(storyList: { id: string; texts: string[] }[]): string {
  const parts: string[] = [];
  let mark = 1;
  let time = Date.UTC(2026, 0, 1) / 1000;
  for (const { id, texts } of storyList) {
    texts.forEach((body, lead) => {
      const message = `${lead === 0 ? '' : `(${lead === 1 ? 'LEAD' : `${lead}th LD`}) `}Headline ${id}\n\nLead: ${lead}\nStory: ${id}\n`;
      parts.push(
        `commit refs/leads/${id}\nmark :${mark++}\ncommitter Bench <bench@example.com> ${time++} +0000\n` +
          `data ${Buffer.byteLength(message)}\n${message}\n` +
          `M 100644 inline lead.txt\ndata ${Buffer.byteLength(body)}\n${body}\n`,
      );
    });
  }
  return parts.join('');
}

/** The large store, built once with fast-import and cached in the temp folder, outside the repo. */
async function cachedStore(storyCount: number, leadsPerStory: number): Promise<string> {
  const dir = join(tmpdir(), `leads-bench-cache-v1-${storyCount}x${leadsPerStory}`);
  if (existsSync(join(dir, 'READY'))) return dir;
  console.error(`  building a store of ${storyCount} stories x ${leadsPerStory} leads (cached in ${dir})`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync(process.execPath, [BIN, 'init', dir], { env });
  const next = random(9);
  const storyList = Array.from({ length: storyCount }, (_, s) => ({
    id: `story-${String(s).padStart(5, '0')}`,
    texts: Array.from({ length: leadsPerStory }, (_, l) => `Headline ${s}\n\nSEOUL, Nov. 3 (Hangang News) -- ${paragraph(next)} ${l}\n\n(END)\n`),
  }));
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, env, input: fastImportStream(storyList), maxBuffer: 1 << 30 });
  execFileSync('git', ['pack-refs', '--all'], { cwd: dir, env });
  writeFileSync(join(dir, 'READY'), '');
  return dir;
}
