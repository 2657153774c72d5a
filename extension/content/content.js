// Runs in: the page, content script's isolated world (classic script, injected by
// background/background.js on each toolbar click or `toggle-reader` command).
/**
 * A loader only: a script injected by `scripting.executeScript` cannot be a module, so it imports
 * content/page.js (the page shim: serialise, ask the background to clean, swap the body for the
 * reader, restore) and toggles it. The module is evaluated once per isolated world, so every later
 * injection gets the same module and the same state: a second click closes the reader.
 *
 * NOTE: the one name of the extension namespace outside shared/platform.js: `chrome.runtime.getURL`
 * exists, synchronous and identical, in Chrome and in Firefox content scripts, and this loader must
 * run before any module can be imported.
 */
(() => {
  // The URL is this extension's own file, not input.
  import(chrome.runtime.getURL('content/page.js')) // eslint-disable-line no-unsanitized/method
    .then((shim) => shim.toggle())
    .catch((error) => console.error('Declutter: cannot load the page shim', error));
})();
