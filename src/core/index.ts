// The core's only import path: everything the adapters (readers, CLI, Office hosts, task pane) may use.
export * from './model/location';
export * from './model/snapshot';
export * from './model/meeting';
export * from './model/finding';
export { normaliseText, looseKey, squash, excerpt } from './text/normalize';
export { parseDocumentId, formatDocumentId, documentKey, type DocumentId } from './refs/document-id';
export { findReferences, type FoundCitation, type FoundReference } from './refs/find';
export { findTimes, parseClock, minutesOf } from './time/clock';
export { findDates, isoDate, weekdayOf } from './time/dates';
export { zoneNamedIn, zoneOfPlace, isTimeZone } from './time/zones';
export { extract, type Extracted, type ExtractOptions } from './extract';
export { check, analyse, compareLocations } from './check';
export { Config, RuleSetting, DEFAULT_CONFIG, DEFAULT_CATEGORIES, parseConfig } from './config';
export { RULES, RULE_IDS, type Rule, type RuleContext, type Report } from './rules';
export { describeLocation } from './locations';
export { applyFix, paragraphsAt } from './fix';
