// @ts-check
/**
 * The one place that knows Chrome and Firefox differ: the extension API namespace.
 * Firefox exposes promise-based `browser`; Chrome exposes `chrome` (promise-based for every
 * API used here in MV3). Everything else imports `api` from this module.
 */

/** @type {typeof chrome} */
// @ts-ignore -- `browser` exists only in Firefox.
export const api = globalThis.browser ?? globalThis.chrome;
