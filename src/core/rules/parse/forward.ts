// The parse rules' check: pass on what extraction reported under the rule's id.
import type { RuleContext } from '../rule';

export function forward(id: string): (context: RuleContext) => void {
  return ({ parseFindings, report }) => {
    for (const finding of parseFindings) {
      if (finding.ruleId === id) report({ message: finding.message, location: finding.location });
    }
  };
}
