// Runs in: extension pages (reader.html). Turns the rendered article (a DOM subtree already sanitised
// by the core) into CommonMark + GFM tables. Reads the DOM only; never writes to it.

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'UL',
]);

/** Deeper than this, a subtree is flattened to its text (the core already caps nesting). */
const MAX_DEPTH = 200;

/**
 * Escapes characters that would otherwise become Markdown syntax inside running text.
 * @param {string} text
 */
export function escapeText(text) {
  return text.replace(/[\\`*_[\]<>|]/g, '\\$&');
}

/** Escapes what would start a block construct at the beginning of a line. */
function escapeLineStart(line) {
  return line
    .replace(/^(\s*)([#>+-])(?=\s|$)/, '$1\\$2')
    .replace(/^(\s*)(=+|-{3,})\s*$/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/** @param {string} text */
function collapse(text) {
  return text.replace(/[\t\n\f\r ]+/g, ' ');
}

/**
 * A code span whose fence is longer than any backtick run inside it.
 * @param {string} code
 */
function codeSpan(code) {
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = code.startsWith('`') || code.endsWith('`') || /^ .* $/.test(code) ? ' ' : '';
  return fence + pad + code + pad + fence;
}

/** @param {string} url */
function linkDestination(url) {
  return /[\s()<>]/.test(url) ? `<${url.replace(/[<>]/g, encodeURIComponent)}>` : url;
}

/** @param {string} title */
function linkTitle(title) {
  return title ? ` "${title.replace(/["\\]/g, '\\$&')}"` : '';
}

/**
 * Inline Markdown for the children of `el` (text, links, emphasis, code, images, line breaks).
 * @param {Node} el
 * @param {number} depth
 * @returns {string}
 */
function inline(el, depth) {
  let out = '';
  for (const child of el.childNodes) out += inlineNode(child, depth + 1);
  return out;
}

/**
 * @param {Node} node
 * @param {number} depth
 * @returns {string}
 */
function inlineNode(node, depth) {
  if (node.nodeType === Node.TEXT_NODE) return escapeText(collapse(node.nodeValue ?? ''));
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const el = /** @type {Element} */ (node);
  if (depth > MAX_DEPTH) return escapeText(collapse(el.textContent ?? ''));
  const inner = () => inline(el, depth);
  switch (el.tagName) {
    case 'BR':
      return '\\\n';
    case 'STRONG':
    case 'B':
      return wrapEmphasis(inner(), '**');
    case 'EM':
    case 'I':
    case 'CITE':
      return wrapEmphasis(inner(), '_');
    case 'DEL':
    case 'S':
      return wrapEmphasis(inner(), '~~');
    case 'CODE':
    case 'KBD':
    case 'SAMP':
      return codeSpan(collapse(el.textContent ?? ''));
    case 'A': {
      const text = inner().trim();
      const href = el.getAttribute('href') ?? '';
      if (!href || href.startsWith('javascript:')) return text;
      return `[${text || escapeText(href)}](${linkDestination(href)}${linkTitle(el.getAttribute('title') ?? '')})`;
    }
    case 'IMG':
      return image(el);
    case 'PICTURE':
    case 'VIDEO':
    case 'AUDIO': {
      const img = el.querySelector('img');
      return img ? image(img) : '';
    }
    default:
      return inner();
  }
}

/** @param {Element} img */
function image(img) {
  const src = img.getAttribute('src') ?? '';
  if (!src) return '';
  const alt = escapeText(collapse(img.getAttribute('alt') ?? '').trim());
  return `![${alt}](${linkDestination(src)}${linkTitle(img.getAttribute('title') ?? '')})`;
}

/**
 * Puts `marker` around `text`, outside its leading/trailing spaces (`** bold**` is not bold).
 * @param {string} text
 * @param {string} marker
 */
function wrapEmphasis(text, marker) {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text);
  if (!match || !match[2]) return text;
  return `${match[1]}${marker}${match[2]}${marker}${match[3]}`;
}

/**
 * Cleans up an inline run: trims each line, drops empty ones, escapes block syntax at line starts.
 * @param {string} text
 */
function tidyInline(text) {
  return text
    .split('\n')
    .map((line) => escapeLineStart(line.replace(/^ +| +$/g, '').replace(/ {2,}/g, ' ')))
    .join('\n')
    .trim();
}

/**
 * Markdown blocks for the children of `el`.
 * @param {Element} el
 * @param {number} depth
 * @returns {string[]}
 */
function blocks(el, depth) {
  /** @type {string[]} */
  const out = [];
  let run = '';
  const flush = () => {
    const text = tidyInline(run);
    if (text) out.push(text);
    run = '';
  };
  for (const child of el.childNodes) {
    if (child.nodeType === Node.ELEMENT_NODE && BLOCK_TAGS.has(/** @type {Element} */ (child).tagName)) {
      flush();
      out.push(...block(/** @type {Element} */ (child), depth + 1));
    } else {
      run += inlineNode(child, depth + 1);
    }
  }
  flush();
  return out;
}

/**
 * @param {Element} el
 * @param {number} depth
 * @returns {string[]}
 */
function block(el, depth) {
  if (depth > MAX_DEPTH) {
    const text = tidyInline(escapeText(collapse(el.textContent ?? '')));
    return text ? [text] : [];
  }
  const tag = el.tagName;
  switch (tag) {
    case 'H1':
    case 'H2':
    case 'H3':
    case 'H4':
    case 'H5':
    case 'H6': {
      const text = tidyInline(inline(el, depth)).replace(/\n+/g, ' ').replace(/\\$/, '');
      return text ? [`${'#'.repeat(Number(tag[1]))} ${text}`] : [];
    }
    case 'P':
    case 'DT':
    case 'SUMMARY': {
      const text = tidyInline(inline(el, depth));
      return text ? [tag === 'DT' ? `**${text}**` : text] : [];
    }
    case 'HR':
      return ['---'];
    case 'PRE':
      return [fencedCode(el)];
    case 'BLOCKQUOTE':
      return [prefixLines(blocks(el, depth).join('\n\n'), '> ', '>')].filter((b) => b.replace(/>/g, '').trim());
    case 'UL':
    case 'OL':
      return list(el, depth);
    case 'TABLE':
      return [table(el, depth)];
    case 'FIGURE': {
      const caption = el.querySelector(':scope > figcaption');
      /** @type {string[]} */
      const parts = [];
      for (const child of el.childNodes) {
        if (child === caption) continue;
        if (child.nodeType === Node.ELEMENT_NODE && BLOCK_TAGS.has(/** @type {Element} */ (child).tagName)) {
          parts.push(...block(/** @type {Element} */ (child), depth + 1));
        } else {
          const text = tidyInline(inlineNode(child, depth + 1));
          if (text) parts.push(text);
        }
      }
      const captionText = caption ? tidyInline(inline(caption, depth + 1)) : '';
      if (captionText) parts.push(wrapEmphasis(captionText.replace(/\n+/g, ' '), '_'));
      return parts;
    }
    default:
      return blocks(el, depth);
  }
}

/** @param {Element} pre */
function fencedCode(pre) {
  const code = pre.querySelector(':scope > code');
  const text = (pre.textContent ?? '').replace(/\n$/, '');
  const language = /(?:^|\s)(?:language|lang)-([\w+#.-]+)/.exec(
    `${code?.getAttribute('class') ?? ''} ${pre.getAttribute('class') ?? ''}`,
  );
  // Longer than every backtick run in the code, wherever it stands: CommonMark also closes a fence on an
  // indented line (up to three spaces), and counting every run leaves no case to get wrong.
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language ? language[1] : ''}\n${text}\n${fence}`;
}

/**
 * @param {string} text
 * @param {string} prefix
 * @param {string} emptyPrefix  used on blank lines (no trailing space)
 */
function prefixLines(text, prefix, emptyPrefix = prefix) {
  return text
    .split('\n')
    .map((line) => (line ? prefix + line : emptyPrefix))
    .join('\n');
}

/**
 * @param {Element} listEl
 * @param {number} depth
 */
function list(listEl, depth) {
  const ordered = listEl.tagName === 'OL';
  let number = Number(listEl.getAttribute('start') ?? '1');
  if (!Number.isFinite(number)) number = 1;
  /** @type {string[]} */
  const items = [];
  for (const item of listEl.children) {
    if (item.tagName !== 'LI') continue;
    const marker = ordered ? `${number++}. ` : '- ';
    const body = blocks(item, depth + 1).join('\n\n') || '';
    const indent = ' '.repeat(marker.length);
    const lines = body.split('\n');
    items.push(marker + (lines[0] ?? '') + (lines.length > 1 ? '\n' + prefixLines(lines.slice(1).join('\n'), indent, '') : ''));
  }
  const loose = items.some((item) => item.includes('\n\n'));
  return items.length ? [items.join(loose ? '\n\n' : '\n')] : [];
}

/**
 * GFM table; cells are flattened to one line. The first row is the header.
 * @param {Element} tableEl
 * @param {number} depth
 */
function table(tableEl, depth) {
  /** @type {string[][]} */
  const rows = [];
  for (const row of tableEl.querySelectorAll('tr')) {
    if (row.closest('table') !== tableEl) continue;
    const cells = [...row.children]
      .filter((cell) => cell.tagName === 'TD' || cell.tagName === 'TH')
      .map((cell) => tidyInline(inline(cell, depth + 1)).replace(/\\\n|\n/g, ' ').trim());
    if (cells.length) rows.push(cells);
  }
  if (!rows.length) return '';
  const width = Math.max(...rows.map((row) => row.length));
  const line = (/** @type {string[]} */ cells) =>
    `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
  const caption = tableEl.querySelector(':scope > caption');
  const head = [line(rows[0]), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)].join('\n');
  const captionText = caption ? tidyInline(inline(caption, depth + 1)) : '';
  return captionText ? `${wrapEmphasis(captionText, '_')}\n\n${head}` : head;
}

/**
 * Markdown for a content subtree.
 * @param {Element} root
 * @returns {string}
 */
export function elementToMarkdown(root) {
  return blocks(root, 0)
    .filter((b) => b.trim())
    .join('\n\n');
}

/**
 * The whole article as a Markdown document: title, a metadata line, the source link, then the body.
 * @param {{ title?: string, byline?: string | null, siteName?: string | null, date?: string | null, url?: string | null }} meta
 * @param {Element} content  the rendered `article#reader-content`
 * @returns {string}
 */
export function articleToMarkdown(meta, content) {
  /** @type {string[]} */
  const parts = [];
  if (meta.title) parts.push(`# ${escapeText(collapse(meta.title).trim())}`);
  const details = [meta.byline, meta.siteName, meta.date]
    .filter((value) => value && value.trim())
    .map((value) => escapeText(collapse(/** @type {string} */ (value)).trim()));
  if (details.length) parts.push(`_${details.join(' · ')}_`);
  if (meta.url) parts.push(`<${meta.url.replace(/[<>\s]/g, encodeURIComponent)}>`);
  const body = elementToMarkdown(content);
  if (body) parts.push(body);
  return parts.join('\n\n') + '\n';
}
