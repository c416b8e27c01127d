/**
 * The dateline that opens paragraph 1: `SEOUL, Oct. 26 (Yonhap) -- `.
 * Also the forms other agencies use: `SEOUL, Oct 26 (Reuters) - `,
 * `WASHINGTON (AP) — `, `BEIJING, Oct. 26 (Xinhua) -- `.
 */
export interface Dateline {
  readonly place: string;
  readonly date: string | null;
  readonly agency: string;
}

// The place is capitals (with spaces, dots, commas for "UNITED NATIONS" or
// "PANMUNJOM, South Korea"); the agency sits in brackets before the dash.
const DATELINE =
  /^(?<place>[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*)*(?:, [A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*)*)?)(?:, (?<date>[A-Z][a-z]{2,8}\.? \d{1,2}))? \((?<agency>[^()]{1,40})\) ?(?:--|—|–|-) /u;

export function parseDateline(paragraph: string): Dateline | null {
  const match = DATELINE.exec(paragraph);
  if (!match?.groups) return null;
  const { place, date, agency } = match.groups;
  return { place: place!, date: date ?? null, agency: agency! };
}

/** Paragraph 1 without its dateline: what a dateline change leaves untouched. */
export function withoutDateline(paragraph: string): string {
  const match = DATELINE.exec(paragraph);
  return match ? paragraph.slice(match[0].length) : paragraph;
}
