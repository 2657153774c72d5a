// Runs in: Node. What the browser benchmarks (browser.mjs, firefox.mjs) print their figures with:
// the median of repeated runs, and a target's verdict in the words every summary line uses.

/** The median of `xs` (the upper one of an even count). @param {number[]} xs */
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** "met", or "MISSED by `by`". @param {boolean} met @param {string} by */
export const verdict = (met, by) => (met ? 'met' : `MISSED by ${by}`);
