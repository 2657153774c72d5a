// The part of turndown's API (npm turndown, vendored into dist/*/vendor/ by build.sh) the reader uses.
export interface Rule {
  filter: string | string[];
  replacement: (content: string, node: any) => string;
}
export default class TurndownService {
  constructor(options?: Record<string, string>);
  turndown(input: string | Node): string;
  escape(text: string): string;
  addRule(key: string, rule: Rule): this;
  use(plugin: (service: TurndownService) => void): this;
}
