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
 * - storage.sync being unavailable (storageAreas);
 * - asking for one site's host permission (requestSiteAccess): Chrome lets the background ask when a
 *   click in a content script sent the message (the gesture travels with it); Firefox only lets an
 *   extension page's own input handler ask, so there the request is made from a small page of ours;
 * - a small window for that page (openSmallWindow): Firefox for Android has no windows API.
 * The manifests' differences live in manifest.firefox.json (the overlay build.sh merges); both
 * browsers read `optional_host_permissions` (Firefox since 128).
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
 * `css` as a constructed stylesheet, or null where this world cannot construct one. One sheet can be
 * adopted by every shadow root of the document it was made in.
 * @param {string} css
 * @returns {CSSStyleSheet | null}
 */
export function constructSheet(css) {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    return sheet;
  } catch {
    return null;
  }
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
 * @param {CSSStyleSheet | null} [sheet]  `css` already parsed by constructSheet (the reader builds it
 *   while the worker cleans); built here when not given
 * @returns {'adopted' | 'style-element'}
 */
export function styleShadowRoot(root, css, sheet = constructSheet(css)) {
  try {
    if (sheet) {
      root.adoptedStyleSheets = [sheet];
      if (root.adoptedStyleSheets.length === 1) return 'adopted';
    }
  } catch {
    // Not allowed from this world: fall through to a <style> element.
  }
  const style = document.createElement('style');
  style.textContent = css;
  root.prepend(style);
  return 'style-element';
}

/**
 * Whether the extension may access `pattern` (a site's host permission: `https://news.example/*`).
 * @param {string} pattern
 * @returns {Promise<boolean>}
 */
export async function hasSiteAccess(pattern) {
  try {
    return await api.permissions.contains({ origins: [pattern] });
  } catch {
    return false;
  }
}

/**
 * Asks the browser for the host permission `pattern` (its own prompt; nothing when already granted).
 * Call it first thing in the handler of the user's gesture, before any await. By feature detection:
 * where this context may not ask (Firefox's background: "may only be called from a user input
 * handler"; Chrome without a gesture), the answer is 'needs-page': ask from an extension page instead.
 * @param {string} pattern
 * @returns {Promise<'granted' | 'denied' | 'needs-page'>}
 */
export function requestSiteAccess(pattern) {
  const refusedHere = (/** @type {unknown} */ error) => {
    if (/user (gesture|input)/i.test(String(/** @type {any} */ (error)?.message ?? error))) return /** @type {const} */ ('needs-page');
    throw error;
  };
  let asked;
  try {
    asked = api.permissions.request({ origins: [pattern] });
  } catch (error) {
    return Promise.resolve().then(() => refusedHere(error));
  }
  return Promise.resolve(asked).then((granted) => (granted ? 'granted' : 'denied'), refusedHere);
}

/**
 * Gives the host permission `pattern` back.
 * @param {string} pattern
 */
export async function removeSiteAccess(pattern) {
  try {
    await api.permissions.remove({ origins: [pattern] });
  } catch {
    // Not granted (or already removed).
  }
}

/**
 * Calls `listener` with the host patterns the user took back (in the browser's own settings, too).
 * @param {(origins: string[]) => void} listener
 */
export function onSiteAccessRemoved(listener) {
  api.permissions.onRemoved.addListener((removed) => listener(removed.origins ?? []));
}

/**
 * Opens one of the extension's pages (`path`) in a small window of its own, or a tab where there are no
 * windows (Firefox for Android).
 * @param {string} path
 */
export async function openSmallWindow(path) {
  const url = api.runtime.getURL(path);
  if (api.windows?.create) await api.windows.create({ url, type: 'popup', width: 480, height: 360 });
  else await api.tabs.create({ url });
}
