// @ts-check
// Runs in: every extension context (service worker, content script's isolated world, options page).
/**
 * The one place that knows Chrome and Firefox differ. Every other module imports `api` (the
 * WebExtension namespace) and the feature-detected helpers from here; nothing else names `browser`
 * or `chrome`. (content/content.js, a classic script, names `chrome.runtime.getURL` once to load
 * the modules: both browsers expose that synchronous function under `chrome`.)
 *
 * Differences handled here:
 * - the API namespace: Firefox exposes promise-based `browser`; Chrome exposes `chrome`
 *   (promise-based for every API used here in MV3);
 * - adopting a constructed stylesheet from a content script (styleShadowRoot);
 * - storage.sync being unavailable (storageAreas).
 * The manifests' differences live in manifest.firefox.json (the overlay build.sh merges).
 */

/**
 * The WebExtension API namespace. Typed as Chrome's (@types/chrome): Firefox's `browser` has the same
 * shape for every API this extension uses. Undefined outside an extension (node unit tests): modules
 * read it only when called.
 * @type {typeof chrome}
 */
export const api = /** @type {any} */ (globalThis).browser ?? globalThis.chrome;

/**
 * The storage areas to try, in order: storage.sync, then storage.local when sync is unavailable (a
 * Firefox profile without an add-on ID, or sync disabled by policy).
 * @returns {chrome.storage.StorageArea[]}
 */
export function storageAreas() {
  return [api.storage.sync, api.storage.local];
}

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
