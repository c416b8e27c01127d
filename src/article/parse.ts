import type { Article } from './article.js';
import { parseDateline } from './dateline.js';
import { parseLeadLabel, type LeadLabel } from './label.js';
import { letterPattern } from './ascii.js';
import { cleanArticleText, squeeze } from './text.js';

/**
 * Wire copy in, `Article` out. Reads both layouts (one paragraph per line, or
 * paragraphs separated by blank lines), web-scrape junk and photo tables.
 *
 * The header (slug line, headline, ATTN, byline, photos) is everything before
 * paragraph 1, the paragraph that opens with the dateline. Copy without a
 * dateline has a header only where a marked line says so (a lead label, an
 * ATTN line or a byline); otherwise it is plain copy, all paragraphs.
 */
export function parseArticle(input: string | Uint8Array): Article {
  const lines = cleanArticleText(input).split('\n');
  const bodyStart = findBodyStart(lines);
  const header = parseHeader(lines.slice(0, bodyStart));
  const tail = parseTail(lines.slice(bodyStart));
  return {
    ...header,
    paragraphs: tail.paragraphs,
    photos: [...header.photos, ...tail.photos],
    email: tail.email,
    end: tail.end,
    footer: tail.footer,
  };
}

// ---------------------------------------------------------------- line kinds

const ATTN = /^\(ATTN:.*\)$/i;
// `By Kim Seung-yeon`, `By Kim Seung-yeon and Lee Minji`, `By Jane Doe, John Roe`:
// names, not a sentence like "By the time rescuers arrived ...".
const BYLINE = letterPattern(
  ({ L, Lu, flags }) => new RegExp(`^By ((?:[${Lu}][${L}'’.-]*)(?:(?:,? and |, | )[${Lu}][${L}'’.-]*)*)$`, flags),
);
const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;
const END = /^\(END\)$/;
const COPYRIGHT = /^(?:\(C\)|©)/i;
const PHOTO_MARK = '▲';
const CREDITED = /\([^()]+\)$/;

/** Web-scrape debris: empty markdown images, table rules, cells with nothing in them. */
function isJunk(line: string): boolean {
  const cell = unpipe(line);
  return cell === '' ? line.includes('|') : /^(?:!\[[^\]]*\]\([^)]*\)\s*)+$/.test(cell) || /^[-:| ]+$/.test(cell);
}

/** `| ▲ caption (Yonhap) |` -> `▲ caption (Yonhap)`. */
function unpipe(line: string): string {
  // Most lines hold no pipe: both replacements would find nothing.
  if (!line.includes('|')) return line.trim();
  return line.replace(/^\s*\|/, '').replace(/\|\s*$/, '').trim();
}

function photoCaption(line: string, inBody: boolean): string | null {
  const cell = unpipe(line);
  if (!cell.startsWith(PHOTO_MARK)) return null;
  const caption = squeeze(cell.slice(PHOTO_MARK.length));
  return isCaption(caption, { inBody, fromTable: cell !== line.trim() }) ? caption : null;
}

function isBylineLine(line: string): boolean {
  const text = squeeze(line);
  return text.length <= LONGEST_BYLINE && BYLINE(text).test(text);
}

function hasLeadLabel(line: string): boolean {
  return splitLabels(line).label !== null;
}

// ------------------------------------------------------------ layout rules
//
// Wire copy comes without markup: the parser reads where the header ends and
// where a paragraph ends from the shape of the lines. Every such judgement is
// one of the rules below, each with the reason it holds.

// Where the header ends.

/**
 * A header holds a slug line and a headline, the headline perhaps wrapped onto
 * a third line. More unmarked lines than that before a dateline mean the lines
 * above the dateline are body, and the dateline-like line is not paragraph 1.
 */
const MOST_UNMARKED_HEADER_LINES = 3;

/**
 * The longest headlines run to about 150 characters; a line twice as long is a
 * paragraph, however it ends.
 */
const LONGEST_TITLE = 300;

/** The header rule: unmarked lines above a dateline are a header only while they could be titles. */
function tooManyForAHeader(unmarkedSoFar: number, line: string): boolean {
  return unmarkedSoFar > MOST_UNMARKED_HEADER_LINES || line.length > LONGEST_TITLE;
}

/**
 * The title rule: titles never end with a full stop (wire style), so a line
 * that does is a sentence, and a sentence ends a run of header lines.
 */
function isTitleLike(line: string): boolean {
  return line.length <= LONGEST_TITLE && !line.endsWith('.');
}

/**
 * The headline rule: a header holds a marked line or a title. Lines above a
 * dateline that all close with a sentence's full stop are the first
 * paragraphs of plain copy, and the line that looks like a dateline opens a
 * later one (a roundup's next section, `TOKYO (Kyodo) -- ...`). The point of
 * an abbreviation closes no sentence: `Yoon to visit U.S.` is a headline.
 */
function couldBeHeader(above: { titleOrMark: boolean; unmarked: number }): boolean {
  return above.titleOrMark || above.unmarked === 0;
}

function closesSentence(line: string): boolean {
  if (!line.endsWith('.')) return false;
  const before = line.at(-2) ?? '';
  return before === before.toLowerCase();
}

/**
 * The photo rule: a photo row belongs to the header when a marked line is
 * above it, or nothing is (scrapes put the lead photo over the slug line).
 * Under lines that only might be titles it marks them as header only in the
 * block `renderArticle` writes, titles and photos set off by a blank line
 * under them: plain copy whose first paragraph lacks its full stop may carry
 * a photo under it, and that paragraph is no headline.
 */
function photoMarksHeader(
  above: { marked: boolean; unmarkedTitle: boolean; blankUnderTitle: boolean },
  next: string | undefined,
): boolean {
  if (above.marked || !above.unmarkedTitle) return true;
  return !above.blankUnderTitle && (next === undefined || next.trim() === '');
}

// What a line is.

/**
 * A byline holds a few names (`By Kim Seung-yeon and Lee Minji`); a longer
 * line that opens with "By" and capitals is a sentence.
 */
const LONGEST_BYLINE = 100;

/**
 * Lead labels and feature tags are a few words (`(2nd LD-Writethru)`,
 * `(Yonhap Interview)`); a longer bracket at the front of a headline is part
 * of its text.
 */
const LONGEST_LABEL = 40;

/**
 * The caption-credit rule. In the header, and in a table row anywhere, a line
 * that opens with the photo mark is a caption. A bare one inside the body is
 * a caption only when it ends with the agency credit, `... (Yonhap)`, as every
 * caption does: a paragraph may open with the mark ("▲ marks a photo, ...").
 */
function isCaption(caption: string, { inBody, fromTable }: { inBody: boolean; fromTable: boolean }): boolean {
  return !inBody || fromTable || CREDITED.test(caption);
}

// Where a paragraph ends.

/**
 * How a sentence can end: a full stop, question or exclamation mark, a colon
 * or semicolon before a list or quote, a closing quote or bracket.
 */
const SENTENCE_END = /[.!?:;"'”’)\]]$/;

function breaksMidSentence(line: string): boolean {
  return !SENTENCE_END.test(line);
}

/**
 * The layout rule: blank lines mark the paragraphs when the body (with the
 * e-mail, `(END)` and footer under it) has one between two lines of text.
 * Otherwise the copy is one paragraph per line, as scraped copy comes, and a
 * line that lacks its full stop is a slip, not a wrap (`isSlip`).
 */
function blankLinesSeparate(lines: readonly string[]): boolean {
  let text = false;
  let blankAfterText = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') blankAfterText = text;
    else if (!isJunk(line)) {
      if (blankAfterText) return true;
      text = true;
    }
  }
  return false;
}

/**
 * The majority rule: a block of lines is one hard-wrapped paragraph when at
 * least half of its lines, the last aside, break mid-sentence. A wrapped
 * paragraph's lines may end a sentence by chance and one-per-line copy may
 * lack a full stop, so no single line decides.
 */
function mostLinesBreak(broken: number, block: readonly string[]): boolean {
  return broken * 2 >= block.length - 1;
}

/**
 * A line of one-per-line copy that lacks its final full stop, not a wrap: the
 * next line opens like a paragraph, and the line is too long or too short to
 * be a wrap, or it stands alone among lines that are each a whole paragraph.
 * Without this a single slip of the desk merges the paragraphs around it and
 * shifts every position after it.
 */
function isSlip(block: readonly string[], at: number, width: number): boolean {
  if (!opensParagraph(block[at + 1]!)) return false;
  return tooLongToBeWrapped(block[at]!) || nextWordWouldFit(block, at, width) || standsAlone(block, at);
}

/** A wrapped line goes on in lower case more often than not; a paragraph never opens in lower case. */
function opensParagraph(line: string): boolean {
  // Case by conversion, not by `\p{Ll}`: a Unicode class costs milliseconds to compile (see ascii.ts).
  const first = String.fromCodePoint(line.codePointAt(0) ?? 0x20);
  return first === first.toUpperCase();
}

/**
 * Hard wraps (mailers, terminals, older wire systems) break at 80 columns or
 * fewer; 100 leaves room for a wider one. A longer line was never wrapped.
 */
const WIDEST_WRAP = 100;

function tooLongToBeWrapped(line: string): boolean {
  return line.length > WIDEST_WRAP;
}

/**
 * Wrapping breaks a line only where the next word would not fit in the width
 * (at most the block's longest line); a line that had room for it was ended
 * on purpose.
 */
function nextWordWouldFit(block: readonly string[], at: number, width: number): boolean {
  const nextWord = block[at + 1]!.split(' ', 1)[0]!;
  return block[at]!.length + 1 + nextWord.length <= width;
}

/**
 * One line without its full stop between lines that have theirs (the block's
 * last line, which ends either way, aside): a slip, where a wrapped paragraph
 * of three lines or more has broken lines side by side.
 */
function standsAlone(block: readonly string[], at: number): boolean {
  const neighbours = [at - 1, at + 1].filter((i) => i >= 0 && i < block.length - 1);
  return neighbours.length > 0 && neighbours.every((i) => !breaksMidSentence(block[i]!));
}

// ------------------------------------------------------------------- header

/** Index of the first body line: the dateline paragraph, or the line after the last header marker. */
function findBodyStart(lines: readonly string[]): number {
  const above = { titleOrMark: false, unmarked: 0 };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '' || isJunk(line) || photoCaption(line, false) !== null) continue;
    if (parseDateline(line)) {
      if (couldBeHeader(above)) return i;
      break;
    }
    if (ATTN.test(line) || isBylineLine(line) || hasLeadLabel(line)) {
      above.titleOrMark = true;
      continue;
    }
    if (tooManyForAHeader(++above.unmarked, line)) break;
    above.titleOrMark ||= !closesSentence(line);
  }
  return markedHeaderEnd(lines);
}

/**
 * Without a dateline: the header is the run of header-like lines at the top
 * (titles, ATTN, byline, photos), up to its last marked line. A sentence ends
 * the run (the title rule): plain copy whose second paragraph opens with
 * "(LEAD) is ..." stays plain copy.
 */
function markedHeaderEnd(lines: readonly string[]): number {
  let end = 0;
  const above = { marked: false, unmarkedTitle: false, blankUnderTitle: false };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') above.blankUnderTitle ||= above.unmarkedTitle;
    if (line === '' || isJunk(line)) continue;
    if (ATTN.test(line) || isBylineLine(line)) {
      end = i + 1;
      above.marked = true;
    } else if (photoCaption(line, false) !== null) {
      if (photoMarksHeader(above, lines[i + 1])) end = i + 1;
    } else if (!isTitleLike(line)) {
      break;
    } else if (hasLeadLabel(line)) {
      end = i + 1;
      above.marked = true;
    } else {
      above.unmarkedTitle = true;
    }
  }
  return end;
}

interface Header {
  slug: string | null;
  label: LeadLabel | null;
  tags: string[];
  headline: string | null;
  attn: string | null;
  byline: string | null;
  photos: string[];
}

function parseHeader(lines: readonly string[]): Header {
  const photos: string[] = [];
  const titles: string[] = [];
  let attn: string | null = null;
  let byline: string | null = null;
  for (const raw of lines) {
    const line = squeeze(raw);
    if (line === '' || isJunk(line)) continue;
    const caption = photoCaption(line, false);
    if (caption !== null) photos.push(caption);
    else if (ATTN.test(line) && attn === null) attn = line;
    else if (isBylineLine(line) && byline === null) byline = line.slice(3);
    else titles.push(line);
  }
  // One titled line is the headline; with more, the first is the slug line
  // and the rest is the headline (wrapped headlines come back as one line).
  const [slugLine, ...headlineLines] = titles.length > 1 ? titles : [null, ...titles];
  const slug = slugLine === null || slugLine === undefined ? null : splitLabels(slugLine, false);
  const headline = headlineLines.length > 0 ? splitLabels(headlineLines.join(' ')) : null;
  return {
    slug: slug?.text ?? null,
    label: headline?.label ?? slug?.label ?? null,
    tags: headline?.tags ?? [],
    headline: headline?.text ?? null,
    attn,
    byline,
    photos,
  };
}

interface Labelled {
  label: LeadLabel | null;
  tags: string[];
  text: string;
}

const LABEL_BRACKET = new RegExp(`^\\(([^()]{1,${LONGEST_LABEL}})\\)\\s*`);

/**
 * Takes the bracketed labels off the front of a headline: `(LEAD) (News Focus) X`
 * gives label LEAD, tag News Focus, text X; Reuters writes `UPDATE 2-X`.
 * On a slug line only a lead label is taken; anything else is slug text.
 */
export function splitLabels(line: string, withTags = true): Labelled {
  let rest = line.trim();
  let label: LeadLabel | null = null;
  const tags: string[] = [];
  for (;;) {
    const bracket = LABEL_BRACKET.exec(rest);
    const update = /^(UPDATE \d{1,4})-\s*/i.exec(rest);
    const found = bracket ?? update;
    if (!found) break;
    const asLabel: LeadLabel | null = label === null ? parseLeadLabel(found[1]!) : null;
    if (asLabel && (bracket || asLabel.form === 'update')) label = asLabel;
    else if (bracket && withTags && !/^ATTN:/i.test(found[1]!)) tags.push(squeeze(found[1]!));
    else break;
    rest = rest.slice(found[0].length);
  }
  return { label, tags, text: rest };
}

// --------------------------------------------------------------------- body

interface Tail {
  paragraphs: string[];
  photos: string[];
  email: string | null;
  end: boolean;
  footer: string | null;
}

function parseTail(lines: readonly string[]): Tail {
  let last = lines.length;
  let footer: string | null = null;
  let end = false;
  const endAt = lines.findLastIndex((line) => END.test(line.trim()));
  if (endAt >= 0) {
    end = true;
    const after = lines.slice(endAt + 1).map(squeeze).filter((line) => line !== '' && !isJunk(line));
    footer = after.length > 0 ? after.join('\n') : null;
    last = endAt;
  } else {
    const lastLine = lastContentLine(lines, last);
    if (lastLine >= 0 && COPYRIGHT.test(lines[lastLine]!.trim())) {
      footer = squeeze(lines[lastLine]!);
      last = lastLine;
    }
  }
  let email: string | null = null;
  const emailAt = lastContentLine(lines, last);
  if (emailAt >= 0 && EMAIL.test(lines[emailAt]!.trim())) {
    email = lines[emailAt]!.trim();
    last = emailAt;
  }
  const { paragraphs, photos } = splitParagraphs(lines.slice(0, last), !blankLinesSeparate(lines));
  return { paragraphs, photos, email, end, footer };
}

function lastContentLine(lines: readonly string[], before: number): number {
  for (let i = before - 1; i >= 0; i--) {
    const line = lines[i]!.trim();
    if (line !== '' && !isJunk(line)) return i;
  }
  return -1;
}

/**
 * Paragraphs are lines, or blocks of lines between blank lines. A block is
 * one hard-wrapped paragraph when its lines break mid-sentence; otherwise
 * each of its lines is a paragraph (the one-per-line layout).
 */
function splitParagraphs(lines: readonly string[], onePerLine: boolean): { paragraphs: string[]; photos: string[] } {
  const photos: string[] = [];
  const blocks: string[][] = [[]];
  for (const raw of lines) {
    const line = raw.trim();
    if (isJunk(line) && line !== '') continue;
    const caption = line === '' ? null : photoCaption(line, true);
    if (caption !== null) photos.push(caption);
    if (line === '' || caption !== null) {
      if (blocks.at(-1)!.length > 0) blocks.push([]);
    } else {
      blocks.at(-1)!.push(line);
    }
  }
  const paragraphs = blocks.flatMap((block) => (isWrapped(block, onePerLine) ? [block.join(' ')] : block)).map(squeeze);
  return { paragraphs, photos };
}

/**
 * Whether a block is one hard-wrapped paragraph, by the majority rule. In copy
 * with no blank lines between paragraphs, a line that is plainly its own
 * paragraph (`isSlip`) counts as a whole line, however its ending reads.
 */
function isWrapped(block: readonly string[], onePerLine: boolean): boolean {
  if (block.length < 2) return false;
  const width = longestLine(block);
  let broken = 0;
  for (let i = 0; i < block.length - 1; i++) {
    if (breaksMidSentence(block[i]!) && !(onePerLine && isSlip(block, i, width))) broken++;
  }
  return mostLinesBreak(broken, block);
}

function longestLine(block: readonly string[]): number {
  return block.reduce((width, line) => Math.max(width, line.length), 0);
}
