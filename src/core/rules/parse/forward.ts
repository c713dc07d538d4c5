// The parse rules' check: report what extraction could not understand under the rule's id, in the rule's words.
import type { RuleContext } from '../rule';

export function forward(id: string): (context: RuleContext) => void {
  return ({ parseIssues, report }) => {
    for (const issue of parseIssues) {
      if (issue.ruleId === id) report({ messageId: issue.messageId, data: issue.data, location: issue.location });
    }
  };
}
