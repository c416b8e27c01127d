/**
 * The `leads` library, for newsroom systems that embed it: the contract is
 * the README's Library section, and it is all here. Everything is pure (text
 * in, data out) except `Store`, which reads and writes a story store on disk
 * through git. What is not exported here is internal and may change.
 */

// A lead: read it from copy, write it back, label it.
export type { Article } from './article/article.js';
export { EMPTY_ARTICLE } from './article/article.js';
export { parseArticle } from './article/parse.js';
export { renderArticle } from './article/render.js';
export { ArticleError, MAX_ARTICLE_BYTES, type ArticleErrorCode } from './article/text.js';
export { labelFor, relabel, type LabelForm, type LeadLabel } from './article/label.js';
export { articleToJson, type ArticleJson } from './article/article-json.js';
export type { Dateline } from './article/dateline.js';

// Two leads of a story: what changed.
export { diffLeads, hasChanges, type LeadDiff } from './diff/lead-diff.js';
export type { ParagraphChange } from './diff/align.js';
export type { ElementChange } from './diff/elements.js';

// The ATTN line: write it from the diff, check a hand-written one, in a house style.
export { writeAttn, type AttnOptions, type WrittenAttn } from './attn/write-attn.js';
export { checkAttn, type CheckResult, type Finding, type Severity } from './attn/check.js';
export { REUTERS, STYLES, YONHAP, styleFromJson, type HouseStyle } from './attn/style.js';
export type { AttnElement, Clause, Where } from './attn/clause.js';
export type { Verb } from './attn/verbs.js';
export type { ChangeFacts } from './attn/facts.js';

// The store: stories as git refs, leads as commits.
export {
  Store,
  type Author,
  type BulkReport,
  type LeadRecord,
  type NewLead,
  type StoryLead,
  type StoryRun,
  type StorySummary,
} from './store/store.js';
export { StoreError, type StoreErrorKind } from './store/errors.js';
export type { LeadMessage } from './store/message.js';
export type { KeptLead, PullReport, PushReport } from './store/remote.js';
export { datedStoryId, isStoryId, slugToId } from './store/story-id.js';

// The formats: a diff for people (terminal, unified, HTML redline, one-line stat) and for programs (JSON),
// a lead for other systems (IPTC ninjs and NewsML-G2).
export { formatTerminal, type TerminalOptions } from './format/terminal.js';
export { formatUnified } from './format/unified.js';
export { formatHtml, type HtmlOptions } from './format/html.js';
export { formatStat } from './format/summary.js';
export { formatJson } from './format/diff-json.js';
export { toNinjs, type ExportedLead, type NinjsItem } from './format/ninjs.js';
export { toNewsItemDocument, toNewsMessage } from './format/newsml.js';
