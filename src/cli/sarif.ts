// `docket check --format sarif`: the findings as a SARIF 2.1.0 log, which CI systems (GitHub code scanning, Azure
// DevOps) and editors (the SARIF viewers of VS Code and Visual Studio) show. One run; the tool's rules are Docket's
// rules with their default levels; each finding a result with its file (relative to the working folder, the
// %SRCROOT% base) and, in a text file, its line. A Word document or a sheet has no lines: the result's logical
// location names the place (the user's words, and the short location as fully qualified name), and its message ends
// with the place, for viewers that show only the file. Each rule's messages are its message strings (SARIF's
// positional "{0}" for each "{{name}}"), and a result names its message by id with the arguments that fill it, beside
// the text. A named file that could not be read is a tool notification, and the invocation did not succeed.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { RULES, describeLocation, placeholdersOf, replacePlaceholders, type Finding, type Severity } from '../core';
import type { FileResult } from './check';
import { VERSION } from './version';
import { where } from './where';

const LEVELS: Record<Severity, Sarif.ReportingConfiguration.level> = { error: 'error', warning: 'warning', info: 'note' };
const SRCROOT = '%SRCROOT%';

export function formatSarif(results: readonly FileResult[], cwd: string = process.cwd()): string {
  const ruleIndex = new Map(RULES.map((rule, i) => [rule.id, i]));
  const log: Sarif.Log = {
    $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Docket',
            version: VERSION,
            rules: RULES.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              defaultConfiguration: { level: LEVELS[rule.severity] },
              messageStrings: Object.fromEntries(Object.entries(rule.messages).map(([id, template]) => [id, { text: positional(template) }])),
            })),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(cwd.endsWith(sep) ? cwd : `${cwd}${sep}`).href } },
        invocations: [
          {
            executionSuccessful: results.every((r) => !r.error),
            toolExecutionNotifications: results
              .filter((r) => r.error)
              .map((r) => ({ level: 'error', message: { text: r.error! }, locations: [{ physicalLocation: { artifactLocation: artifactOf(r.path, cwd) } }] })),
          },
        ],
        results: results.flatMap((r) => r.findings.map((finding) => resultOf(finding, r, ruleIndex, cwd))),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function resultOf(finding: Finding, file: FileResult, ruleIndex: Map<string, number>, cwd: string): Sarif.Result {
  const short = where(finding.location, file.snapshot!, file.sheets);
  const line = /^line (\d+)$/.exec(short)?.[1];
  const words = describeLocation(finding.location, file.snapshot!, file.meeting!);
  const index = ruleIndex.get(finding.ruleId);
  const template = index === undefined ? undefined : RULES[index]!.messages[finding.messageId];
  const named = template === undefined ? {} : { id: finding.messageId, arguments: placeholdersOf(template).map((name) => String(finding.data?.[name])) };
  return {
    ruleId: finding.ruleId,
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: LEVELS[finding.severity],
    message: { text: line ? finding.message : `${finding.message} (${words}, ${short})`, ...named },
    locations: [
      {
        physicalLocation: { artifactLocation: artifactOf(file.path, cwd), ...(line ? { region: { startLine: Number(line) } } : {}) },
        logicalLocations: [{ name: words, fullyQualifiedName: short, kind: 'element' }],
      },
    ],
  };
}

/** A message template in SARIF's words: "{{cited}} is cited in item {{item}}" → "{0} is cited in item {1}". */
function positional(template: string): string {
  const names = placeholdersOf(template);
  return replacePlaceholders(template, (name) => `{${names.indexOf(name)}}`);
}

/** A file inside the working folder relative to it (as CI systems match files to the repository), else its file: URL. */
function artifactOf(path: string, cwd: string): Sarif.ArtifactLocation {
  const absolute = resolve(cwd, path);
  const inside = relative(cwd, absolute);
  if (inside.startsWith('..') || isAbsolute(inside)) return { uri: pathToFileURL(absolute).href };
  return { uri: inside.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}
