// Meeting + Config → findings: runs every rule that is not switched off, stamps each finding with the rule id and
// the configured severity (else the one the rule gave that finding, else the rule's default), and returns them in
// document order. `analyse` is the whole pipeline after reading. The document registers the user gives (none by
// default) are looked up once for every rule that needs them.
import { DEFAULT_CONFIG, type Config } from './config';
import { documentRegisterLookup } from './document-register/lookup';
import type { DocumentRegister } from './model/document-register';
import { extract } from './extract';
import type { Finding } from './model/finding';
import type { Location } from './model/location';
import type { Meeting } from './model/meeting';
import type { Snapshot } from './model/snapshot';
import { RULES } from './rules';
import { countWork } from './work';

export function check(
  meeting: Meeting,
  snapshot: Snapshot,
  config: Config = DEFAULT_CONFIG,
  parseFindings: readonly Finding[] = [],
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
      parseFindings,
      ...(documentRegister ? { documentRegister } : {}),
      report: ({ severity, ...report }) => findings.push({ ruleId: rule.id, severity: configured ?? severity ?? rule.severity, ...report }),
    });
  }
  return findings.sort((a, b) => compareLocations(a.location, b.location));
}

/** Read → extract → check, for a Snapshot any reader produced; against the meeting's document registers when given. */
export function analyse(snapshot: Snapshot, config: Config = DEFAULT_CONFIG, documentRegisters: readonly DocumentRegister[] = []): { meeting: Meeting; findings: Finding[] } {
  const { meeting, findings: parseFindings } = extract(snapshot, config.timeZone ? { timeZone: config.timeZone } : {});
  return { meeting, findings: check(meeting, snapshot, config, parseFindings, documentRegisters) };
}

export function compareLocations(a: Location, b: Location): number {
  return a.block - b.block || (a.row ?? -1) - (b.row ?? -1) || (a.col ?? -1) - (b.col ?? -1) || (a.paragraph ?? -1) - (b.paragraph ?? -1);
}
