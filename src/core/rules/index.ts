// Every rule, in catalogue order (docs/rules.md). A rule id is a public interface: never rename one.
import { rule as actionDuplicateId } from './action/duplicate-id';
import { rule as actionDuplicateText } from './action/duplicate-text';
import { rule as actionStatusInTarget } from './action/status-in-target';
import { rule as dateDeadlineAfterMeeting } from './date/deadline-after-meeting';
import { rule as dateInvalid } from './date/invalid';
import { rule as dateWeekdayMismatch } from './date/weekday-mismatch';
import { rule as dateWeekend } from './date/weekend';
import { rule as listUnknownCategory } from './list/unknown-category';
import { rule as numberingDuplicate } from './numbering/duplicate';
import { rule as numberingDuplicateItem } from './numbering/duplicate-item';
import { rule as numberingGap } from './numbering/gap';
import { rule as planDatesOutOfOrder } from './plan/dates-out-of-order';
import { rule as planStatusMismatch } from './plan/status-mismatch';
import { rule as parseActionRegister } from './parse/action-register';
import { rule as parseUnreadableDocumentNumber } from './parse/unreadable-document-number';
import { rule as parseUnreadableTime } from './parse/unreadable-time';
import { rule as parseUnrecognisedTable } from './parse/unrecognised-table';
import { rule as refDuplicateListing } from './ref/duplicate-listing';
import { rule as refMalformedNumber } from './ref/malformed-number';
import { rule as refNeverCited } from './ref/never-cited';
import { rule as refNotInDocumentList } from './ref/not-in-document-list';
import { rule as refRevisionMismatch } from './ref/revision-mismatch';
import { rule as refStyleMixed } from './ref/style-mixed';
import { rule as registerNotInRegister } from './register/not-in-register';
import { rule as registerNotOnAgenda } from './register/not-on-agenda';
import { rule as registerSuperseded } from './register/superseded';
import { rule as registerTitleMismatch } from './register/title-mismatch';
import { rule as registerWithdrawn } from './register/withdrawn';
import { rule as registerWrongItem } from './register/wrong-item';
import type { Rule } from './rule';
import { rule as tableCutShortHeader } from './table/cut-short-header';
import { rule as tableEmpty } from './table/empty';
import { rule as textMeetingNumberMismatch } from './text/meeting-number-mismatch';
import { rule as textPlaceholder } from './text/placeholder';
import { rule as textUnbalancedParentheses } from './text/unbalanced-parentheses';
import { rule as timeOutOfOrder } from './time/out-of-order';
import { rule as timeOutsideSession } from './time/outside-session';
import { rule as timeConstraintUnmet } from './time/constraint-unmet';
import { rule as timeOverrun } from './time/overrun';
import { rule as timeZoneMismatch } from './time/zone-mismatch';

export const RULES: readonly Rule[] = [
  refNotInDocumentList,
  refNeverCited,
  refRevisionMismatch,
  refDuplicateListing,
  refStyleMixed,
  timeOutOfOrder,
  timeOutsideSession,
  timeOverrun,
  timeZoneMismatch,
  timeConstraintUnmet,
  dateWeekdayMismatch,
  dateWeekend,
  dateDeadlineAfterMeeting,
  dateInvalid,
  numberingGap,
  numberingDuplicate,
  numberingDuplicateItem,
  actionDuplicateId,
  actionDuplicateText,
  actionStatusInTarget,
  planDatesOutOfOrder,
  planStatusMismatch,
  textPlaceholder,
  listUnknownCategory,
  tableEmpty,
  tableCutShortHeader,
  refMalformedNumber,
  textMeetingNumberMismatch,
  textUnbalancedParentheses,
  parseUnrecognisedTable,
  parseUnreadableTime,
  parseUnreadableDocumentNumber,
  parseActionRegister,
  registerNotInRegister,
  registerSuperseded,
  registerWithdrawn,
  registerWrongItem,
  registerNotOnAgenda,
  registerTitleMismatch,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

export type { Rule, RuleContext, Report } from './rule';
