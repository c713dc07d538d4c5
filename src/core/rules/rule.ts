// What a rule is: an id (a public interface, see docs/rules.md), a default severity, one line of description, what it
// says (its messages, as data: ESLint's `meta.messages`), and a check that only reports a message id with the data
// for its placeholders. The engine renders the message and stamps the id and the configured severity.
import type { Config } from '../config';
import type { DocumentRegisterLookup } from '../document-register/lookup';
import type { Fix, Severity } from '../model/finding';
import type { Location } from '../model/location';
import type { Meeting } from '../model/meeting';
import type { Snapshot } from '../model/snapshot';
import type { ParseIssue } from '../extract/context';
import type { MessageData } from './messages';

export interface Report<MessageId extends string = string> {
  /** Which of the rule's messages: the engine fills its `{{placeholders}}` from `data`. */
  messageId: MessageId;
  data?: MessageData;
  location: Location;
  fix?: Fix;
  /** A milder severity than the rule's default for a finding of a kind the rule names (a grid's nominal time band);
   *  a severity set in the configuration still wins. */
  severity?: Severity;
}

export interface RuleContext<MessageId extends string = string> {
  meeting: Meeting;
  snapshot: Snapshot;
  config: Config;
  /** What extraction could not understand (`parse/...`), for the parse rules to pass on. */
  parseIssues: readonly ParseIssue[];
  /** The meeting's document register(s) to check citations against, when the user gave one (the register rules need it). */
  documentRegister?: DocumentRegisterLookup;
  report: (report: Report<MessageId>) => void;
}

export interface Rule<MessageId extends string = string> {
  id: string;
  severity: Severity;
  description: string;
  /**
   * Every message the rule can give, by id: one template each, saying what was found and what was expected
   * ("{{cited}} is cited in item {{item}}, but {{list}} has {{listed}}."). docs/rules.md lists them.
   */
  messages: Readonly<Record<MessageId, string>>;
  check: (context: RuleContext<MessageId>) => void;
}

/** A rule, its message ids taken from its messages so that a report naming another id does not compile. */
export function defineRule<const MessageId extends string>(rule: Rule<MessageId>): Rule<MessageId> {
  return rule;
}
