// The findings, grouped by area under a heading each (every group open, and foldable). A long list (1,372 findings
// on a 1,700-row document list) mounts only the findings in view and a few around them (@tanstack/react-virtual), in
// the pane's own scrolling, so it draws as fast as five; the rest are space kept by their estimated or measured
// height. Each finding tells screen readers its place in its group (aria-posinset of aria-setsize). The arrow keys
// move between the findings' buttons of a group (Home and End to its first and last finding, mounted first if need
// be), the group is one Tab stop, and the finding that has the focus stays mounted wherever the list is scrolled.
import { Button, CounterBadge, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronDown20Regular, ChevronRight20Regular } from '@fluentui/react-icons';
import {
  defaultRangeExtractor,
  observeWindowOffset,
  observeWindowRect,
  useVirtualizer,
  windowScroll,
  type Range,
  type VirtualizerOptions,
} from '@tanstack/react-virtual';
import { useCallback, useId, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import type { Finding, Location } from '../../core';
import type { ShownFinding } from '../pipeline/messages';
import { groupByArea } from '../areas';
import { FindingItem } from './FindingItem';
import { measuredSize, useStartIn } from './virtual-list';

/** Lists this short are mounted whole. */
export const FINDINGS_ALL_MOUNTED = 50;
/** Findings mounted beyond each edge of the view, so scrolling shows no blank. */
const OVERSCAN = 6;
/** Heights in pixels until measured: a group's heading, and a finding (two lines of message, its place, its buttons). */
const HEADER_SIZE = 40;
const FINDING_SIZE = 112;

const useStyles = makeStyles({
  heading: { margin: 0, display: 'flex', alignItems: 'center', padding: `${tokens.spacingVerticalXS} 0` },
  toggle: { flexGrow: 1, justifyContent: 'flex-start', fontWeight: tokens.fontWeightSemibold },
  label: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
});

/** What the pane can ask of the list: to put the keyboard focus on a finding (by its place in the list shown). */
export interface FindingsListHandle {
  focusFinding(index: number): void;
}

export interface FindingsListProps {
  findings: ShownFinding[];
  selected?: Finding;
  /** Where a location is in the host's own terms ("Sheet1!B12"), when it has them. */
  placeOf?: (location: Location) => string | undefined;
  busy: boolean;
  onGoTo: (finding: Finding) => void;
  onFix: (finding: Finding) => void;
  onIgnore: (finding: Finding, scope: 'here' | 'rule') => void;
  ref?: Ref<FindingsListHandle>;
}

/** A row of the list: a group's heading, or a finding (its group, and its place in it). */
type Row = { kind: 'heading'; area: string; count: number; open: boolean } | { kind: 'finding'; area: string; finding: ShownFinding; at: number; of: number };

/** The element the list scrolls in: the nearest scrolling ancestor, else the window (the pane in Office). */
function scrollerOf(element: HTMLElement): HTMLElement | Window {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    if (/^(?:auto|scroll|overlay)$/.test(getComputedStyle(parent).overflowY)) return parent;
  }
  return window;
}

export function FindingsList(props: FindingsListProps) {
  const top = useRef<HTMLDivElement>(null);
  const [scroller, setScroller] = useState<HTMLElement | Window>();
  useLayoutEffect(() => {
    if (top.current) setScroller(scrollerOf(top.current));
  }, []);
  return <div ref={top}>{scroller && <Groups {...props} scroller={scroller} />}</div>;
}

/** How the list follows the window, where the pane scrolls as a whole page (in Office). */
const IN_WINDOW = { observeElementRect: observeWindowRect, observeElementOffset: observeWindowOffset, scrollToFn: windowScroll } as unknown as Pick<
  VirtualizerOptions<HTMLElement, HTMLElement>,
  'observeElementRect' | 'observeElementOffset' | 'scrollToFn'
>;

function Groups({
  findings,
  selected,
  placeOf,
  busy,
  onGoTo,
  onFix,
  onIgnore,
  ref,
  scroller,
}: FindingsListProps & { scroller: HTMLElement | Window }) {
  const styles = useStyles();
  const id = useId();
  const groups = useMemo(() => groupByArea(findings), [findings]);
  const [folded, setFolded] = useState<ReadonlySet<string>>(new Set());
  const rows = useMemo(
    () =>
      groups.flatMap(([area, list]): Row[] => {
        const open = !folded.has(area);
        const heading: Row = { kind: 'heading', area, count: list.length, open };
        return open ? [heading, ...list.map((finding, at): Row => ({ kind: 'finding', area, finding, at, of: list.length }))] : [heading];
      }),
    [groups, folded],
  );
  /** The row whose finding has (or last had) the focus, and which of its buttons: kept mounted, and its group's Tab stop. */
  const [focused, setFocused] = useState<{ rows: Row[]; row: number; control: number }>();
  const current = focused?.rows === rows ? focused : undefined;
  /** A finding to focus once it is mounted. */
  const pending = useRef<{ row: number; control: 'first' | 'last' }>(undefined);
  const short = findings.length <= FINDINGS_ALL_MOUNTED;
  const rangeExtractor = useCallback(
    (range: Range) => {
      if (short) return rows.map((_, i) => i);
      const indexes = defaultRangeExtractor(range).filter((i) => rows[i]?.kind === 'finding');
      const keep = [current?.row, pending.current?.row].filter((i): i is number => i !== undefined && i < rows.length && !indexes.includes(i));
      return [...indexes, ...keep].sort((a, b) => a - b);
    },
    [short, rows, current],
  );

  const where = useRef<HTMLDivElement>(null);
  const margin = useStartIn(where, scroller);
  const list = useVirtualizer<HTMLElement, HTMLElement>({
    getScrollElement: () => scroller as HTMLElement,
    ...(scroller instanceof Window ? IN_WINDOW : {}),
    count: rows.length,
    estimateSize: (i) => (rows[i]?.kind === 'heading' ? HEADER_SIZE : FINDING_SIZE),
    getItemKey: (i) => {
      const row = rows[i]!;
      return row.kind === 'heading' ? `h:${row.area}` : `f:${row.area}:${row.at}`;
    },
    overscan: OVERSCAN,
    rangeExtractor,
    scrollMargin: margin,
    measureElement: measuredSize,
  });

  const items = list.getVirtualItems();
  const mounted = new Set(items.map((item) => item.index));
  const measured = list.measurementsCache;

  const focusRow = useCallback(
    (row: number, control: 'first' | 'last') => {
      const buttons = [...(where.current?.querySelectorAll<HTMLElement>(`li[data-index="${row}"] button`) ?? [])];
      const button = control === 'first' ? buttons[0] : buttons.at(-1);
      if (button) {
        pending.current = undefined;
        button.focus();
        return;
      }
      pending.current = { row, control };
      list.scrollToIndex(row, { align: 'auto' });
    },
    [list],
  );
  // A finding asked for while it was not mounted is focused once it is.
  useLayoutEffect(() => {
    if (pending.current && mounted.has(pending.current.row)) focusRow(pending.current.row, pending.current.control);
  });

  useImperativeHandle(
    ref,
    () => ({
      focusFinding(index: number) {
        const findingRows = rows.flatMap((row, i) => (row.kind === 'finding' ? [i] : []));
        const row = findingRows[Math.min(Math.max(index, 0), findingRows.length - 1)];
        if (row !== undefined) focusRow(row, 'first');
      },
    }),
    [rows, focusRow],
  );

  /**
   * Arrow keys between the buttons of a group's findings; Home and End to its first and last finding. Taken before
   * the buttons see them (Ignore's menu would open on the down arrow).
   */
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>, first: number, last: number) => {
    const buttons = [...event.currentTarget.querySelectorAll<HTMLElement>('li[data-index] button')];
    const at = buttons.indexOf(event.target as HTMLElement);
    if (at < 0) return;
    const row = Number(buttons[at]!.closest('li')!.dataset.index);
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step !== 0) {
      const next = buttons[at + step];
      if (next) next.focus();
      else if (row + step >= first && row + step <= last) focusRow(row + step, step > 0 ? 'first' : 'last');
    } else if (event.key === 'Home') focusRow(first, 'first');
    else if (event.key === 'End') focusRow(last, 'first');
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const toggle = (area: string) =>
    setFolded((before) => {
      const after = new Set(before);
      if (!after.delete(area)) after.add(area);
      return after;
    });

  let row = 0;
  return (
    <div ref={where}>
      {groups.map(([area, members]) => {
        const heading = row++;
        const open = !folded.has(area);
        const first = row;
        const last = open ? row + members.length - 1 : row - 1;
        if (open) row += members.length;
        const listId = `${id}-${heading}`;
        // What is not mounted keeps its height: a margin above a mounted finding, a padding below the last one.
        let before = measured[first]?.start ?? 0;
        const shown: { index: number; gap: number }[] = [];
        for (let i = first; i <= last; i++) {
          if (!mounted.has(i)) continue;
          shown.push({ index: i, gap: (measured[i]?.start ?? before) - before });
          before = measured[i]?.end ?? before;
        }
        const after = open ? (measured[last]?.end ?? before) - before : 0;
        // The tab stop of the group: the finding last focused in it, else its first finding mounted.
        const stop = current && current.row >= first && current.row <= last && mounted.has(current.row) ? current : { row: shown[0]?.index ?? -1, control: 0 };
        return (
          <section key={area}>
            <h2 className={styles.heading} data-index={heading} ref={list.measureElement}>
              <Button
                appearance="subtle"
                className={styles.toggle}
                icon={open ? <ChevronDown20Regular /> : <ChevronRight20Regular />}
                aria-expanded={open}
                aria-controls={listId}
                onClick={() => toggle(area)}
              >
                <span className={styles.label}>
                  {area} <CounterBadge count={members.length} appearance="ghost" color="informative" aria-label={`${members.length} findings`} />
                </span>
              </Button>
            </h2>
            {open && (
              <ul id={listId} className={styles.list} aria-label={area} style={after > 0 ? { paddingBottom: after } : undefined} onKeyDownCapture={(event) => onKeyDown(event, first, last)}>
                {shown.map(({ index, gap }) => {
                  const item = rows[index] as Extract<Row, { kind: 'finding' }>;
                  const { finding } = item;
                  return (
                    <FindingItem
                      key={`${area}:${item.at}`}
                      ref={list.measureElement}
                      index={index}
                      at={item.at}
                      of={item.of}
                      gap={gap}
                      finding={finding}
                      where={[finding.where, placeOf?.(finding.location)].filter(Boolean).join(' · ')}
                      selected={finding === selected}
                      busy={busy}
                      tabStop={stop.row === index ? stop.control : undefined}
                      onFocusControl={(control) => setFocused((was) => (was?.rows === rows && was.row === index && was.control === control ? was : { rows, row: index, control }))}
                      onGoTo={onGoTo}
                      onFix={onFix}
                      onIgnore={onIgnore}
                    />
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
