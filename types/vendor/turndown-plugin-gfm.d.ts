// turndown-plugin-gfm (npm, vendored into dist/*/vendor/ by build.sh): the GFM plugin the reader uses.
import type TurndownService from './turndown.js';
export function gfm(service: TurndownService): void;
