// A rule's message rendered from its template and a report's data, as ESLint fills `{{name}}` placeholders. A
// placeholder without a datum, or a datum no placeholder uses, is a programming error in the rule: it throws, so the
// rule's tests fail instead of a user reading "{{item}}" or a message that silently lost a fact.
export type MessageData = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{\{\s*([^{}\s]+)\s*\}\}/g;

/** The placeholder names of a template, in order of first use. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

export function renderMessage(ruleId: string, messageId: string, template: string | undefined, data: MessageData = {}): string {
  if (template === undefined) throw new Error(`${ruleId} reported message "${messageId}", which it does not declare.`);
  const used = placeholdersOf(template);
  const missing = used.filter((name) => !Object.hasOwn(data, name));
  if (missing.length > 0) throw new Error(`${ruleId} message "${messageId}" has no data for {{${missing.join('}}, {{')}}}.`);
  const unused = Object.keys(data).filter((name) => !used.includes(name));
  if (unused.length > 0) throw new Error(`${ruleId} message "${messageId}" was given data it does not use: ${unused.join(', ')}.`);
  return replacePlaceholders(template, (name) => String(data[name]));
}

/** The template with each placeholder replaced by what `replace` gives for its name. */
export function replacePlaceholders(template: string, replace: (name: string) => string): string {
  return template.replace(PLACEHOLDER, (_, name: string) => replace(name));
}
