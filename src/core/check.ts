// Meeting + Config → findings: runs every rule that is not switched off, renders each report's message from the
// rule's template and the report's data, stamps the finding with the rule id, the message id and the configured
// severity (else the one the rule gave that finding, else the rule's default), and returns them in document order. `analyse` is the whole pipeline after reading. The document registers the user gives (none by
// default) are looked up once for every rule that needs them.
import { DEFAULT_CONFIG, type Config } from './config';
import { documentRegisterLookup } from './document-register/lookup';
import type { DocumentRegister } from './model/document-register';
import { extract } from './extract';
import type { ParseIssue } from './extract';
import type { Finding } from './model/finding';
import type { Location } from './model/location';
import type { Meeting } from './model/meeting';
import type { Snapshot } from './model/snapshot';
import { RULES } from './rules';
import { renderMessage } from './rules/messages';
import { countWork } from './work';

export function check(
  meeting: Meeting,
  snapshot: Snapshot,
  config: Config = DEFAULT_CONFIG,
  parseIssues: readonly ParseIssue[] = [],
  documentRegisters: readonly DocumentRegister[] = [],
): Finding[] {
  countWork('check');
  const findings: Finding[] = [];
  const documentRegister = documentRegisterLookup(documentRegisters);
  for (const rule of RULES) {
    const configured = config.rules[rule.id];
    if (configured === 'off') continue;
    rule.check({
      meeting,
      snapshot,
      config,
      parseIssues,
      ...(documentRegister ? { documentRegister } : {}),
      report: ({ messageId, data, severity, location, fix }) =>
        findings.push({
          ruleId: rule.id,
          messageId,
          severity: configured ?? severity ?? rule.severity,
          message: renderMessage(rule.id, messageId, rule.messages[messageId], data),
          ...(data && Object.keys(data).length > 0 ? { data } : {}),
          location,
          ...(fix ? { fix } : {}),
        }),
    });
  }
  return findings.sort((a, b) => compareLocations(a.location, b.location));
}

/** Read → extract → check, for a Snapshot any reader produced; against the meeting's document registers when given. */
export function analyse(snapshot: Snapshot, config: Config = DEFAULT_CONFIG, documentRegisters: readonly DocumentRegister[] = []): { meeting: Meeting; findings: Finding[] } {
  const { meeting, issues } = extract(snapshot, config.timeZone ? { timeZone: config.timeZone } : {});
  return { meeting, findings: check(meeting, snapshot, config, issues, documentRegisters) };
}

export function compareLocations(a: Location, b: Location): number {
  return a.block - b.block || (a.row ?? -1) - (b.row ?? -1) || (a.col ?? -1) - (b.col ?? -1) || (a.paragraph ?? -1) - (b.paragraph ?? -1);
}
