/**
 * Seeded generators of wire-like text for benchmarks and the tests that
 * check the same inputs for correctness. Nothing generated is committed.
 */

/** mulberry32: a small, fast, seeded PRNG; the same seed gives the same text everywhere. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOCABULARY = (
  'the a of to in and said on for with at by from that officials ministry government police fire plant workers ' +
  'union talks port ships strike quake coast city province residents company production safety inspectors ' +
  'report Monday Tuesday Wednesday Thursday Friday statement spokesperson president minister agency data ' +
  'percent million billion won dollars year month week market exports prices rose fell after before about ' +
  'Seoul Busan Ulsan Incheon Daegu Gwangju North South Korea Japan China United States council court prosecutors ' +
  'election party lawmakers assembly bill vote reform budget tax rate bank growth forecast survey study ' +
  'hospital patients doctors school students teachers weather rain snow typhoon flights trains roads bridge'
).split(' ');

const SYLLABLES = 'ka ri mo sen tu la be do han gyu pa ne so wi ju ro mi chan dal bo'.split(' ');

/** A lexicon like a newsroom's: the common words above, then thousands of rarer names and terms. */
const LEXICON = [
  ...VOCABULARY,
  ...Array.from({ length: 6000 }, (_, i) => {
    let word = '';
    for (let n = i + 1; n > 0; n = Math.floor(n / SYLLABLES.length)) word += SYLLABLES[n % SYLLABLES.length];
    return word;
  }),
];

/** Words drawn with a long tail, as in prose: a few very common, most rare. */
function pickWord(next: () => number): string {
  return LEXICON[Math.floor(LEXICON.length * next() ** 3)]!;
}

export function sentence(next: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(pickWord(next));
  if (next() < 0.3) out.push(String(Math.floor(next() * 5000)));
  const text = out.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

export function paragraph(next: () => number): string {
  const sentences = 1 + Math.floor(next() * 3);
  return Array.from({ length: sentences }, () => sentence(next, 8 + Math.floor(next() * 20))).join(' ');
}

/** Text of about `words` words, in paragraphs of one to three sentences. */
export function text(seed: number, words: number, paragraphs?: number): string[] {
  const next = random(seed);
  if (paragraphs === 1) return [sentence(next, words)];
  const out: string[] = [];
  let count = 0;
  while (count < words) {
    const p = paragraph(next);
    out.push(p);
    count += p.split(' ').length;
  }
  return out;
}

/**
 * A long lead and its next version: `edited` share of paragraphs get a word
 * changed, `inserted` share of new paragraphs are added between them.
 */
export function longLeadPair(
  seed: number,
  paragraphs: number,
  edited: number,
  inserted: number,
): { old: string[]; next: string[] } {
  const rng = random(seed);
  const old = Array.from({ length: paragraphs }, () => paragraph(rng));
  const next: string[] = [];
  for (const p of old) {
    if (rng() < inserted) next.push(paragraph(rng));
    if (rng() < edited) {
      const words = p.split(' ');
      words[Math.floor(rng() * words.length)] = 'updated';
      next.push(words.join(' '));
    } else {
      next.push(p);
    }
  }
  return { old, next };
}

/**
 * One very long paragraph (a transcript moved as a lead) and its next
 * version with `edits` words, at distinct places, replaced by "updated".
 */
export function longParagraphPair(seed: number, words: number, edits: number): { old: string; next: string } {
  const [old] = text(seed, words, 1);
  const list = old!.split(' ');
  const rng = random(seed + 1);
  const places = new Set<number>();
  // Not the first word: it carries the sentence's capital.
  while (places.size < Math.min(edits, list.length - 1)) places.add(1 + Math.floor(rng() * (list.length - 1)));
  for (const place of places) list[place] = list[place]!.endsWith('.') ? 'updated.' : 'updated';
  return { old: old!, next: list.join(' ') };
}

export function toLead(paragraphs: readonly string[], headline = 'Long generated story'): string {
  return `${headline}\nSEOUL, Nov. 3 (Hangang News) -- ${paragraphs.join('\n\n')}\n\n(END)\n`;
}
