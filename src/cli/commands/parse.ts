import type { Article } from '../../article/article.js';
import { articleToJson, datelineOf } from '../../article/article-json.js';
import { readArticle } from '../input.js';
import { EXIT, type Io } from '../io.js';
import type { ArgsOf } from '../command-table.js';

export async function run(args: ArgsOf<'parse'>, io: Io): Promise<number> {
  const article = await readArticle(args.file, io);
  if (args.json) {
    io.stdout(`${JSON.stringify(articleToJson(article), null, 2)}\n`);
  } else {
    io.stdout(summarize(article));
  }
  if (article.headline === null) {
    io.stderr('leads: note: no headline found; the copy was read as plain paragraphs\n');
  }
  return EXIT.ok;
}

/** What an editor checks at a glance: the header fields, then every paragraph by its number. */
export function summarize(article: Article): string {
  const dateline = datelineOf(article);
  const field = (name: string, value: string | null) => `${name.padEnd(11)}${value ?? '-'}\n`;
  const label = article.label ? `${article.label.text} (lead ${article.label.lead})` : 'none (a first version)';
  let out = '';
  out += field('label', label);
  if (article.tags.length > 0) out += field('tags', article.tags.join(', '));
  out += field('slug', article.slug);
  out += field('headline', article.headline);
  out += field('attn', article.attn);
  out += field('byline', article.byline);
  out += field('dateline', dateline && [dateline.place, dateline.date, `(${dateline.agency})`].filter(Boolean).join(' '));
  out += field('photos', String(article.photos.length));
  for (const caption of article.photos) out += `  ▲ ${caption}\n`;
  out += field('paragraphs', String(article.paragraphs.length));
  const width = String(article.paragraphs.length).length;
  article.paragraphs.forEach((text, index) => {
    out += `  ${String(index + 1).padStart(width)}  ${text}\n`;
  });
  if (article.email !== null) out += field('email', article.email);
  if (article.end) out += field('end', '(END)');
  if (article.footer !== null) out += field('footer', article.footer);
  return out;
}
