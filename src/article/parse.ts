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
// A caption inside the body is told from a paragraph by its credit: `... (Yonhap)`.
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
  const fromTable = cell !== line.trim();
  if (inBody && !fromTable && !CREDITED.test(caption)) return null;
  return caption;
}

function isBylineLine(line: string): boolean {
  const text = squeeze(line);
  return text.length <= 100 && BYLINE(text).test(text);
}

function hasLeadLabel(line: string): boolean {
  return splitLabels(line).label !== null;
}

// ------------------------------------------------------------------- header

/** Index of the first body line: the dateline paragraph, or the line after the last header marker. */
function findBodyStart(lines: readonly string[]): number {
  let unmarked = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '' || isJunk(line) || photoCaption(line, false) !== null) continue;
    if (parseDateline(line)) return i;
    if (ATTN.test(line) || isBylineLine(line) || hasLeadLabel(line)) continue;
    // A headline block holds a slug line and a headline, perhaps wrapped: more
    // unmarked lines than that before a dateline mean this is no header.
    if (++unmarked > 3 || line.length > 300) break;
  }
  return markedHeaderEnd(lines);
}

/**
 * Without a dateline: the header is the run of header-like lines at the top
 * (titles, ATTN, byline, photos), up to its last marked line. Titles never end
 * with a full stop, so a sentence ends the run: plain copy whose second
 * paragraph opens with "(LEAD) is ..." stays plain copy.
 */
function markedHeaderEnd(lines: readonly string[]): number {
  let end = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '' || isJunk(line)) continue;
    if (ATTN.test(line) || isBylineLine(line) || photoCaption(line, false) !== null) {
      end = i + 1;
    } else if (!isTitleLike(line)) {
      break;
    } else if (hasLeadLabel(line)) {
      end = i + 1;
    }
  }
  return end;
}

function isTitleLike(line: string): boolean {
  return line.length <= 300 && !line.endsWith('.');
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
    const bracket = /^\(([^()]{1,40})\)\s*/.exec(rest);
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
  const { paragraphs, photos } = splitParagraphs(lines.slice(0, last));
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
function splitParagraphs(lines: readonly string[]): { paragraphs: string[]; photos: string[] } {
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
  const paragraphs = blocks.flatMap((block) => (isWrapped(block) ? [block.join(' ')] : block)).map(squeeze);
  return { paragraphs, photos };
}

const SENTENCE_END = /[.!?:;"'”’)\]]$/;

/** Most lines of the block, the last aside, stop mid-sentence. */
function isWrapped(block: readonly string[]): boolean {
  if (block.length < 2) return false;
  const broken = block.slice(0, -1).filter((line) => !SENTENCE_END.test(line)).length;
  return broken * 2 >= block.length - 1;
}
