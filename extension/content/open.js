// Runs in: the page, content script's isolated world (classic script, injected by
// background/background.js when a page of an "always open" site has loaded).
/**
 * A loader, like content/content.js, that OPENS the reader instead of toggling it: content/page.js's
 * autoOpen() opens it once per page, quietly (no notice when the page is not an article), and never
 * closes a reader the user has open. The way back is the usual one (Esc, close, the toolbar button).
 *
 * NOTE: names `chrome.runtime.getURL` as content/content.js does (identical in Chrome and Firefox
 * content scripts; it must run before any module can be imported).
 */
(() => {
  // The URL is this extension's own file, not input.
  import(chrome.runtime.getURL('content/page.js')) // eslint-disable-line no-unsanitized/method
    .then((shim) => shim.autoOpen())
    .catch((error) => console.error('Declutter: cannot load the page shim', error));
})();
