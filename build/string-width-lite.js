// Stands in for `string-width` inside the bundled yargs (see build.mjs).
// yargs measures its help text on every run; the real package builds an
// Intl.Segmenter, Unicode-property regexes and emoji tables at load time,
// which costs more than the rest of a `leads` run. Help text is ours and
// English, so counting code points, with East Asian wide ranges as two and
// ANSI escapes as nothing, lays it out the same.
const ANSI = /[\u001B\u009B][[\]()#;?]*(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-nq-uy=><~]/g;
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;

export default function stringWidth(text) {
  if (typeof text !== 'string' || text.length === 0) return 0;
  const plain = text.replace(ANSI, '');
  if (/^[\u0020-\u007E]*$/.test(plain)) return plain.length;
  let width = 0;
  for (const char of plain) {
    const code = char.codePointAt(0);
    if (code < 32 || (code >= 0x7f && code < 0xa0) || (code >= 0x300 && code < 0x370) || code === 0x200b) continue;
    width += WIDE.test(char) ? 2 : 1;
  }
  return width;
}
