// @ts-check
// Runs in: the content script's isolated world (the reader's Markdown export).
/**
 * The Markdown converter: turndown and turndown-plugin-gfm (npm, vendored by build.sh) with the
 * reader's own rules. codeFence and codeLanguage are pure (tests/js/export.test.mjs).
 */

/**
 * The part of turndown's API the reader uses.
 * @typedef {object} Converter
 * @property {(node: Node | string) => string} turndown
 * @property {(text: string) => string} escape
 * @property {(plugin: unknown) => Converter} use
 */

/**
 * A code fence longer than any backtick run in `code` (at least three backticks): CommonMark closes a
 * fence on any line whose run is as long, even indented up to three spaces.
 * @param {string} code
 */
export function codeFence(code) {
  const longest = Math.max(2, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  return '`'.repeat(longest + 1);
}

/**
 * The language of a code block from its classes (`language-rust`, `lang-js`), or ''.
 * @param {string} classes
 */
export function codeLanguage(classes) {
  return /(?:^|\s)(?:language|lang)-([\w+#.-]+)/.exec(classes)?.[1] ?? '';
}

/**
 * A turndown converter set up for the reader's article: CommonMark + GFM tables (turndown and
 * turndown-plugin-gfm, vendored into vendor/ by build.sh, loaded on the first export only). A few rules
 * replace turndown's where its output differs from what the export promises: a code fence longer than any
 * backtick run in the code (turndown counts only runs at a line start, but CommonMark also closes a fence
 * on a line indented up to three spaces), `- ` / `1. ` list markers, table cells on one line with `|`
 * escaped, the caption above its table and a header separator for a table without a heading row, and
 * figure captions in italics.
 */
export async function markdownConverter() {
  const [{ default: TurndownService }, { gfm }] = await Promise.all([
    import('../vendor/turndown.js'),
    import('../vendor/turndown-plugin-gfm.js'),
  ]);
  const service = new TurndownService({
    headingStyle: 'atx',
    hr: '---',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    emDelimiter: '_',
    strongDelimiter: '**',
  });
  service.use(gfm);
  const oneLine = (/** @type {string} */ text) => text.replace(/\s+/g, ' ').trim();
  // Rules added later are tried first.
  service.addRule('fencedCode', {
    filter: 'pre',
    replacement(_content, /** @type {HTMLElement} */ pre) {
      const code = pre.querySelector(':scope > code');
      const text = (pre.textContent ?? '').replace(/\n$/, '');
      const fence = codeFence(text);
      return `\n\n${fence}${codeLanguage(`${code?.className ?? ''} ${pre.className}`)}\n${text}\n${fence}\n\n`;
    },
  });
  service.addRule('listItem', {
    filter: 'li',
    replacement(content, /** @type {HTMLElement} */ li) {
      const list = li.parentElement;
      let marker = '- ';
      if (list?.nodeName === 'OL') {
        const start = Number(list.getAttribute('start') ?? '1');
        marker = `${(Number.isFinite(start) ? start : 1) + [...list.children].indexOf(li)}. `;
      }
      const body = content.replace(/^\n+|\n+$/g, '') + (/\n$/.test(content) ? '\n' : '');
      return marker + body.replace(/\n(?=.)/g, `\n${' '.repeat(marker.length)}`) + (li.nextElementSibling ? '\n' : '');
    },
  });
  service.addRule('tableCell', {
    filter: ['th', 'td'],
    replacement(content, /** @type {HTMLTableCellElement} */ cell) {
      const text = oneLine(content).replace(/(^|[^\\])\|/g, '$1\\|');
      return `${cell.cellIndex === 0 ? '| ' : ' '}${text} |`;
    },
  });
  service.addRule('tableCaption', { filter: 'caption', replacement: () => '' });
  service.addRule('table', {
    filter: 'table',
    replacement(content, /** @type {HTMLTableElement} */ table) {
      const rows = content.split('\n').filter((line) => line.trim());
      if (!rows.length) return '';
      if (!rows.some((line) => /^\|(?: :?-+:? \|)+$/.test(line))) {
        rows.splice(1, 0, `|${' --- |'.repeat(table.rows[0]?.cells.length || 1)}`);
      }
      const caption = table.caption ? oneLine(service.escape(table.caption.textContent ?? '')) : '';
      return `\n\n${caption ? `_${caption}_\n\n` : ''}${rows.join('\n')}\n\n`;
    },
  });
  service.addRule('figcaption', {
    filter: 'figcaption',
    replacement: (content) => (oneLine(content) ? `\n\n_${oneLine(content)}_\n\n` : ''),
  });
  return /** @type {Converter} */ (service);
}
