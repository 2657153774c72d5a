// @ts-check
/**
 * The one place that knows Chrome and Firefox differ: the extension API namespace.
 * Firefox exposes promise-based `browser`; Chrome exposes `chrome` (promise-based for every
 * API used here in MV3). Everything else imports `api` from this module.
 */

/** @type {typeof chrome} */
// @ts-ignore -- `browser` exists only in Firefox.
export const api = globalThis.browser ?? globalThis.chrome;

/**
 * Gives a shadow root its stylesheet, by feature detection rather than by browser version:
 * - a constructed `CSSStyleSheet` adopted by the root where the content script may do that (a page's
 *   CSP `style-src` does not apply to it);
 * - otherwise a `<style>` element inside the root. Firefox before ~141 refuses adoptedStyleSheets from a
 *   content script ("Accessing from Xray wrapper is not supported"); there a content script's `<style>`
 *   is exempt from the page's CSP. Inside a closed root the page cannot reach either.
 * Returns which way was used (the tests print it).
 * @param {ShadowRoot} root
 * @param {string} css
 * @returns {'adopted' | 'style-element'}
 */
export function styleShadowRoot(root, css) {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    if (root.adoptedStyleSheets.length === 1) return 'adopted';
  } catch {
    // Not allowed from this world: fall through to a <style> element.
  }
  const style = document.createElement('style');
  style.textContent = css;
  root.prepend(style);
  return 'style-element';
}
