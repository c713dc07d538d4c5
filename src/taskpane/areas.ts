// Findings are grouped in the pane by the area of their rule, named the way the secretariat thinks of them.
import type { Finding, Severity } from '../core';

const AREAS: Record<string, string> = {
  ref: 'Document references',
  list: 'Document list',
  time: 'Times',
  date: 'Dates',
  numbering: 'Agenda numbering',
  action: 'Actions',
  plan: 'Work plan',
  text: 'Text',
  table: 'Tables',
  parse: 'Reading the document',
  register: 'Document register',
};

/** The area of a rule, by its id ("ref/…" → "Document references"). */
export function areaOfRule(ruleId: string): string {
  const area = ruleId.slice(0, ruleId.indexOf('/'));
  return AREAS[area] ?? area;
}

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export const SEVERITY_NAMES: Record<Severity, [singular: string, plural: string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['note', 'notes'],
};

/** Findings grouped by area, groups in the order of their most severe finding. */
export function groupByArea<F extends Finding>(findings: readonly F[]): [string, F[]][] {
  const groups = new Map<string, F[]>();
  for (const finding of findings) {
    const area = areaOfRule(finding.ruleId);
    groups.set(area, [...(groups.get(area) ?? []), finding]);
  }
  const rank = (list: F[]) => Math.min(...list.map((f) => SEVERITIES.indexOf(f.severity)));
  return [...groups.entries()].sort((a, b) => rank(a[1]) - rank(b[1]));
}
