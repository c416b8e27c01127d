import { escapeHtml } from './html.js';
import { fullHeadline, storyUri, versionOf, type ExportedLead } from './ninjs.js';

/**
 * Leads as IPTC NewsML-G2 2.35: one `newsItem` per lead (power conformance),
 * or a `newsMessage` whose `itemSet` holds every lead of a story. All
 * article text is escaped; the body is XHTML inside `inlineXML`.
 */

const CATALOG = 'http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml';
const NAR = 'http://iptc.org/std/nar/2006-10-01/';

const xml = escapeHtml;

/** One lead as a standalone NewsML-G2 document. */
export function toNewsItemDocument(lead: ExportedLead): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${newsItem(lead, true)}\n`;
}

/** Every lead of a story in one `newsMessage`. */
export function toNewsMessage(leads: readonly ExportedLead[], sent: string): string {
  const items = leads.map((lead) => newsItem(lead, false)).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<newsMessage xmlns="${NAR}">
  <header>
    <sent>${xml(sent)}</sent>
  </header>
  <itemSet>
${items}
  </itemSet>
</newsMessage>
`;
}

function newsItem(lead: ExportedLead, root: boolean): string {
  const { article } = lead;
  const uri = storyUri(lead.storeName, lead.story);
  const ns = root ? ` xmlns="${NAR}"` : '';
  const signal = lead.lead === 0 ? '' : `\n    <signal qcode="${lead.correction ? 'sig:correction' : 'sig:update'}"/>`;
  const edNote = article.attn === null ? '' : `\n    <edNote>${xml(article.attn)}</edNote>`;
  const link = lead.previous
    ? `\n    <link rel="irel:previousVersion" residref="${xml(uri)}" version="${versionOf(lead.previous.lead)}"/>`
    : '';
  const contentMeta = [
    article.slug === null ? null : `    <slugline>${xml(article.slug)}</slugline>`,
    article.headline === null ? null : `    <headline>${xml(fullHeadline(article))}</headline>`,
    article.byline === null ? null : `    <by>${xml(article.byline)}</by>`,
    // A photo's caption, in the place NewsML-G2 gives captions (the store keeps no image to link to).
    ...article.photos.map((caption) => `    <description role="drol:caption">${xml(caption)}</description>`),
  ].filter(Boolean);
  const paragraphs = article.paragraphs.map((p) => `          <p>${xml(p)}</p>`).join('\n');
  return `<newsItem${ns} guid="${xml(uri)}" version="${versionOf(lead.lead)}" standard="NewsML-G2" standardversion="2.35" conformance="power" xml:lang="en">
  <catalogRef href="${CATALOG}"/>
  <itemMeta>
    <itemClass qcode="ninat:text"/>
    <provider literal="${xml(`leads:${lead.storeName}`)}"/>
    <versionCreated>${xml(lead.versionCreated)}</versionCreated>
    <firstCreated>${xml(lead.firstCreated)}</firstCreated>
    <pubStatus qcode="stat:usable"/>${edNote}${signal}${link}
  </itemMeta>
  <contentMeta>
${contentMeta.length > 0 ? contentMeta.join('\n') : '    <headline/>'}
  </contentMeta>
  <contentSet>
    <inlineXML contenttype="application/xhtml+xml">
      <html xmlns="http://www.w3.org/1999/xhtml">
        <head><title>${xml(article.headline ?? lead.story)}</title></head>
        <body>
${paragraphs}
        </body>
      </html>
    </inlineXML>
  </contentSet>
</newsItem>`;
}
