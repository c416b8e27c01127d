/**
 * Lead labels: the mark in the headline that says which transmission of a
 * story this is (wire-style.md section 2).
 *
 *   lead 0  no label, or `URGENT` for a one-line flash
 *   lead 1  `LEAD` (never "1st LD")
 *   lead N  `2nd LD`, `3rd LD`, ... `11th LD`, `21st LD`, `101st LD`
 *
 * Other agencies' forms are read too, and kept in their own form so that a
 * desk that writes them gets them back: Xinhua `1st LD-Writethru`, AP
 * `2nd Ld-Writethru`, Reuters `UPDATE 2-` (a headline prefix, not a bracket).
 */

/** The agency form a label is written in, kept when the next lead is labelled (see `relabel`). */
export type LabelForm = 'house' | 'urgent' | 'writethru' | 'update';

/** A lead label read from a headline or slug line. */
export interface LeadLabel {
  /** The label as printed, without brackets: `2nd LD`, `LEAD`, `URGENT`, `UPDATE 2`. */
  readonly text: string;
  /** The transmission it announces: 0 for URGENT, 1 for LEAD, N for Nth LD. */
  readonly lead: number;
  readonly form: LabelForm;
}

/** `1` -> `1st`, `2` -> `2nd`, `11` -> `11th`, `21` -> `21st`, `112` -> `112th`. */
export function ordinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}

/**
 * The house-style label for a lead number: null for the first version, `LEAD`
 * for 1, `Nth LD` after that.
 */
export function houseLabel(lead: number): LeadLabel | null {
  if (!Number.isSafeInteger(lead) || lead < 0) {
    throw new RangeError(`a lead number is a whole number from 0 up, not ${lead}`);
  }
  if (lead === 0) return null;
  if (lead === 1) return { text: 'LEAD', lead: 1, form: 'house' };
  return { text: `${ordinal(lead)} LD`, lead, form: 'house' };
}

/**
 * What the desk calls a stored lead in a list: its label, `first` for the
 * first version, and for a later lead that carries none (an archive keeps
 * copy as it moved) its number, never "first".
 */
export function leadName(lead: number, label: string | null): string {
  return label ?? (lead === 0 ? 'first' : `lead ${lead}, no label`);
}

/** The label text for a lead number in house style, or null for the first version. */
export function labelFor(lead: number): string | null {
  return houseLabel(lead)?.text ?? null;
}

const ORDINAL = String.raw`(\d{1,4})(?:st|nd|rd|th)`;
const HOUSE_LD = new RegExp(String.raw`^${ORDINAL}\s+LD$`, 'i');
const WRITETHRU = new RegExp(String.raw`^${ORDINAL}\s+LD-Writethru$`, 'i');
const UPDATE = /^UPDATE\s+(\d{1,4})$/i;

/**
 * Reads the text inside a label bracket (`LEAD`, `2nd LD`, `1st LD-Writethru`,
 * `URGENT`, `UPDATE 2`). Returns null for anything else, such as the feature
 * label `News Focus`, which is not a lead label.
 */
export function parseLeadLabel(raw: string): LeadLabel | null {
  const text = raw.trim().replace(/\s+/g, ' ');
  if (/^LEAD$/i.test(text)) return { text: 'LEAD', lead: 1, form: 'house' };
  if (/^URGENT$/i.test(text)) return { text: 'URGENT', lead: 0, form: 'urgent' };
  const house = HOUSE_LD.exec(text);
  if (house) {
    const lead = Number(house[1]);
    // "1st LD" is not house style but its meaning is plain: the first update.
    return lead >= 1 ? { text: lead === 1 ? 'LEAD' : `${ordinal(lead)} LD`, lead, form: 'house' } : null;
  }
  const writethru = WRITETHRU.exec(text);
  if (writethru) {
    const lead = Number(writethru[1]);
    return lead >= 1 ? { text, lead, form: 'writethru' } : null;
  }
  const update = UPDATE.exec(text);
  if (update) {
    const lead = Number(update[1]);
    return lead >= 1 ? { text: `UPDATE ${lead}`, lead, form: 'update' } : null;
  }
  return null;
}

/**
 * The lead label as it stands at the head of a headline or slug line:
 * `(2nd LD) ` in bracket forms, `UPDATE 2-` for Reuters.
 */
export function labelPrefix(label: LeadLabel): string {
  return label.form === 'update' ? `${label.text}-` : `(${label.text}) `;
}

/**
 * The same label form, renumbered: a Xinhua desk that writes `1st LD-Writethru`
 * gets `2nd LD-Writethru` next, not `2nd LD`.
 */
export function relabel(label: LeadLabel | null, lead: number): LeadLabel | null {
  if (lead === 0) return label?.form === 'urgent' ? label : null;
  if (label?.form === 'writethru') {
    const suffix = label.text.replace(/^\d+(?:st|nd|rd|th)\s+/i, '');
    return { text: `${ordinal(lead)} ${suffix}`, lead, form: 'writethru' };
  }
  if (label?.form === 'update') return { text: `UPDATE ${lead}`, lead, form: 'update' };
  return houseLabel(lead);
}
