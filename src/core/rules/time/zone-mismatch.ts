// time/zone-mismatch: a time's zone labels do not agree on its day. "08:00 PT / 15:00 UTC" holds in October but not
// after daylight saving time ends (08:00 PST is 16:00 UTC); "10:00 CEST" in November names summer time in winter.
import type { ZonedTime } from '../../model/meeting';
import { clockOf, minutesInDay, minutesOf } from '../../time/clock';
import { spellDate } from '../../time/spell';
import { labelOf, meaningsOf, offsetOn, spellOffset } from '../../time/zones';
import { defineRule } from '../rule';
import type { MessageData } from '../messages';

/** What one label of a time can mean on its day: the offsets it can stand for, and a season it names wrongly. */
interface Reading {
  label: string;
  offsets: number[];
  /** The region each offset is of. */
  regions: string[];
  /** A stated offset no region keeps that day ("CEST" in November): the region, and its offset that day. */
  wrongSeason?: { region: string; offset: number; stated: number };
}

/** A region's offset at a time of a day; asked once per region, day and time (the platform's zone data is slow to ask). */
type OffsetAt = (region: string, date: string, clock: string) => number;

function read(label: string, date: string, clock: string, offsetAt: OffsetAt): Reading {
  const offsets: number[] = [];
  const regions: string[] = [];
  let wrongSeason: Reading['wrongSeason'];
  for (const { region, offset } of meaningsOf(label) ?? []) {
    const actual = offsetAt(region, date, clock);
    if (offset === undefined || offset === actual) {
      offsets.push(actual);
      regions.push(region);
    } else wrongSeason ??= { region, offset: actual, stated: offset };
  }
  return { label, offsets, regions, ...(offsets.length === 0 && wrongSeason ? { wrongSeason } : {}) };
}

/** The offsets all the labels of one time can stand for; none when they disagree with each other. */
function sharedOffsets(readings: Reading[]): number[] {
  return readings.map((r) => r.offsets).reduce((a, b) => a.filter((o) => b.includes(o)));
}

/** The UTC times of day (minutes) a time can be, by its labels. */
function instants(clock: string, readings: Reading[]): number[] {
  return sharedOffsets(readings).map((offset) => minutesInDay(minutesOf(clock) - offset));
}

type Problem = { messageId: 'wrongSeason' | 'zonesDisagree' | 'otherTime' | 'otherTimeInRegion'; data: MessageData };

function problem(zoned: ZonedTime, offsetAt: OffsetAt): Problem | undefined {
  const day = spellDate(zoned.date, 'd MMMM yyyy');
  const times = zoned.times.map((t) => ({ ...t, readings: t.labels.map((label) => read(label, zoned.date, t.clock, offsetAt)) }));
  for (const { clock, readings } of times) {
    const { label, wrongSeason: wrong } = readings.find((r) => r.wrongSeason) ?? {};
    if (wrong) {
      const name = labelOf(wrong.region, wrong.offset);
      const actual = name ? `${name} (${spellOffset(wrong.offset)})` : spellOffset(wrong.offset);
      return { messageId: 'wrongSeason', data: { time: zoned.raw, day, label: label!, stated: spellOffset(wrong.stated), region: wrong.region, actual } };
    }
    if (instants(clock, readings).length === 0) {
      const spelt = readings.map((r) => `${r.label} is ${r.offsets.map(spellOffset).join(' or ')}`).join(', ');
      return { messageId: 'zonesDisagree', data: { time: zoned.raw, day, zones: spelt } };
    }
  }
  const [first, ...others] = times;
  const at = instants(first!.clock, first!.readings);
  for (const other of others) {
    if (instants(other.clock, other.readings).some((m) => at.includes(m))) continue;
    const from = first!.readings[0]!;
    const fromOffset = sharedOffsets(first!.readings)[0]!;
    const region = from.regions[from.offsets.indexOf(fromOffset)];
    const converted = clockOf(minutesInDay(at[0]! + other.readings[0]!.offsets[0]!));
    const data = { time: zoned.raw, day, clock: first!.clock, label: from.label, converted, otherLabel: other.labels[0]!, written: other.clock };
    return region && region !== 'UTC'
      ? { messageId: 'otherTimeInRegion', data: { ...data, region, offset: spellOffset(fromOffset) } }
      : { messageId: 'otherTime', data };
  }
  return undefined;
}

export const rule = defineRule({
  id: 'time/zone-mismatch',
  severity: 'warning',
  description: 'A time given in two zones that do not agree on its day, or with a zone label of the wrong season.',
  messages: {
    wrongSeason: '"{{time}}" on {{day}}: {{label}} is {{stated}}, but {{region}} is on {{actual}} that day.',
    zonesDisagree: '"{{time}}": its zones are not the same time on {{day}} ({{zones}}).',
    otherTime: '"{{time}}" on {{day}}: {{clock}} {{label}} is {{converted}} {{otherLabel}}, not {{written}}.',
    otherTimeInRegion: '"{{time}}" on {{day}}: {{clock}} {{label}} is {{converted}} {{otherLabel}} ({{region}} is at {{offset}} that day), not {{written}}.',
  },
  check({ meeting, report }) {
    const known = new Map<string, number>();
    const offsetAt: OffsetAt = (region, date, clock) => {
      const key = `${region} ${date} ${clock}`;
      if (!known.has(key)) known.set(key, offsetOn(region, date, clock));
      return known.get(key)!;
    };
    for (const zoned of meeting.zonedTimes) {
      const found = problem(zoned, offsetAt);
      if (found) report({ ...found, location: zoned.location });
    }
  },
});
