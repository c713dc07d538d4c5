// What a rule is: an id (a public interface, see docs/rules.md), a default severity, one line of description, and a
// check that only reports. The engine stamps the id and the configured severity on what it reports.
import type { Config } from '../config';
import type { DocumentRegisterLookup } from '../document-register/lookup';
import type { Finding, Fix, Severity } from '../model/finding';
import type { Location } from '../model/location';
import type { Meeting } from '../model/meeting';
import type { Snapshot } from '../model/snapshot';

export interface Report {
  message: string;
  location: Location;
  fix?: Fix;
  /** A milder severity than the rule's default for a finding of a kind the rule names (a grid's nominal time band);
   *  a severity set in the configuration still wins. */
  severity?: Severity;
}

export interface RuleContext {
  meeting: Meeting;
  snapshot: Snapshot;
  config: Config;
  /** What extraction could not understand (`parse/...`), for the parse rules to pass on. */
  parseFindings: readonly Finding[];
  /** The meeting's document register(s) to check citations against, when the user gave one (the register rules need it). */
  documentRegister?: DocumentRegisterLookup;
  report: (report: Report) => void;
}

export interface Rule {
  id: string;
  severity: Severity;
  description: string;
  check: (context: RuleContext) => void;
}
