// The findings ignored in the Docket pane ("Ignore here", "Ignore this rule in this document") are kept in the
// document's add-in settings; the command line reads them from a .docx or .xlsx and leaves those findings out, saying
// how many, as the pane shows "3 ignored".
import { IGNORES_KEY, parseIgnores, withoutIgnored, type Finding } from '../core';
import { readAddinSettings } from '../io/docx/addin-settings';
import { ReadError } from '../io/read-error';

const PACKAGE = /\.(?:docx|docm|dotx|xlsx|xlsm)$/i;

/** The findings the document's own settings do not ignore, and a note saying what was left out (or why nothing was). */
export function withoutDocumentIgnores(name: string, bytes: Uint8Array, findings: readonly Finding[]): { findings: Finding[]; note?: string } {
  if (!PACKAGE.test(name)) return { findings: [...findings] };
  let kept: unknown;
  try {
    kept = readAddinSettings(bytes).get(IGNORES_KEY);
  } catch (error) {
    if (error instanceof ReadError) return { findings: [...findings] };
    throw error;
  }
  const parsed = parseIgnores(kept);
  if (!parsed.ok) return { findings: [...findings], note: `the ignored findings kept in the document cannot be used (${parsed.message}); none were left out.` };
  const result = withoutIgnored(findings, parsed.ignores);
  if (result.ignored === 0) return { findings: result.findings };
  const count = `${result.ignored} ${result.ignored === 1 ? 'finding' : 'findings'}`;
  return { findings: result.findings, note: `${count} ignored in the Docket pane ${result.ignored === 1 ? 'was' : 'were'} left out (restore ${result.ignored === 1 ? 'it' : 'them'} there under "ignored").` };
}
