// The document as the preview shows it: its paragraphs (with list labels) and tables (with merged cells), each
// element marked with its Snapshot location so a finding can be highlighted where it is. A long table (a 1,700-row
// document list) mounts only the rows in view and a few around them (@tanstack/react-virtual), so opening it lays out
// a screenful, not every row; going to a finding in it scrolls its row into view first.
import { makeStyles, tokens } from '@fluentui/react-components';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { Location, Paragraph, Snapshot, Table } from '../core';
import { measuredSize, useStartIn } from '../taskpane/components/virtual-list';

/** Tables longer than this mount only the rows in view. */
export const ROWS_ALL_MOUNTED = 200;
/** Rows mounted beyond each edge of the view, so scrolling shows no blank. */
const OVERSCAN = 10;

const useStyles = makeStyles({
  page: {
    maxWidth: '900px',
    margin: '0 auto',
    padding: tokens.spacingHorizontalXXL,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow4,
    fontFamily: "'Times New Roman', serif",
    fontSize: '15px',
    lineHeight: 1.4,
    '& table': { borderCollapse: 'collapse', width: '100%', margin: `${tokens.spacingVerticalM} 0` },
    '& td': { border: `1px solid ${tokens.colorNeutralStroke1}`, padding: '4px 6px', verticalAlign: 'top' },
    '& p': { margin: '0 0 6px' },
    // A table Docket generated, framed the way Word frames a content control.
    '& table[data-generated]': { outline: `1px dashed ${tokens.colorBrandStroke1}`, outlineOffset: '4px' },
    // The spot of the finding last gone to, as a highlighter marks it: the same yellow and dark text in light and dark
    // (about 12:1; the dark theme's own yellow background left dark text at 3.3:1), its list label too.
    '& [aria-current="location"]': {
      outline: `3px solid ${tokens.colorPaletteYellowBorderActive}`,
      backgroundColor: tokens.colorPaletteYellowBackground3,
      color: tokens.colorNeutralForeground1Static,
    },
    '& [aria-current="location"] *': { color: 'inherit' },
  },
  label: { display: 'inline-block', minWidth: '2em', color: tokens.colorNeutralForeground2 },
});

function ParagraphView({ paragraph, path, heading }: { paragraph: Paragraph; path: string; heading?: boolean }) {
  const styles = useStyles();
  const level = paragraph.outlineLevel;
  const content = (
    <>
      {paragraph.label && <span className={styles.label}>{paragraph.label}</span>}
      {paragraph.text.split('\n').map((line, i) => (
        <span key={i}>
          {i > 0 && <br />}
          {line}
        </span>
      ))}
    </>
  );
  const style = paragraph.listLevel ? { paddingInlineStart: `${paragraph.listLevel * 1.5}em` } : undefined;
  if (heading && level !== undefined) {
    return (
      <p data-at={path} role="heading" aria-level={Math.min(level + 2, 6)} style={{ ...style, fontWeight: 'bold' }}>
        {content}
      </p>
    );
  }
  return (
    <p data-at={path} style={style}>
      {content}
    </p>
  );
}

/** The data-at path of a location: "3", "7:10:1", "7:10:1:0". */
export function pathOf(location: Omit<Location, 'text'>): string {
  return [location.block, location.row, location.col, location.paragraph].filter((n) => n !== undefined).join(':');
}

/**
 * Marks the spot of a location in the page, if it is mounted: the most precise element there is (the paragraph, else
 * the cell, else the block); the previous mark is removed. Returns the element marked.
 */
function mark(root: HTMLElement, highlight: Location | undefined): Element | undefined {
  root.querySelectorAll('[aria-current="location"]').forEach((el) => el.removeAttribute('aria-current'));
  if (!highlight) return undefined;
  const paths = [pathOf(highlight), pathOf({ ...highlight, paragraph: undefined }), pathOf({ block: highlight.block })];
  const target = paths.map((p) => root.querySelector(`[data-at="${p}"]`)).find((el) => el !== null);
  target?.setAttribute('aria-current', 'location');
  return target ?? undefined;
}

function Row({ table, b, r }: { table: Table; b: number; r: number }) {
  return table.rows[r]!.cells.map((cell, c) => (
    <td key={c} colSpan={cell.span} data-at={`${b}:${r}:${c}`}>
      {cell.merge === 'continue' ? null : cell.paragraphs.map((p, k) => <ParagraphView key={k} paragraph={p} path={`${b}:${r}:${c}:${k}`} />)}
    </td>
  ));
}

/** A long table: only the rows in view are mounted, between two spacer rows that keep the table its full height. */
function LongTable({ table, b, scroller, highlight }: { table: Table; b: number; scroller: () => HTMLElement | null; highlight: Location | undefined }) {
  const body = useRef<HTMLTableSectionElement>(null);
  // Where the table starts in the scrolled content, and its rows' heights, as the page laid them out.
  const top = useStartIn(body, scroller());
  const rows = useVirtualizer({ count: table.rows.length, getScrollElement: scroller, estimateSize: () => 28, overscan: OVERSCAN, scrollMargin: top, measureElement: measuredSize });
  const items = rows.getVirtualItems();
  const row = highlight?.block === b ? highlight.row : undefined;
  useEffect(() => {
    if (row !== undefined) rows.scrollToIndex(row, { align: 'center' });
  }, [row, rows]);
  // The finding's row, once scrolled to, is mounted: mark it.
  const shown = items.some((item) => item.index === row);
  useEffect(() => {
    const page = body.current?.closest<HTMLElement>('[aria-label="Document"]');
    if (shown && page) mark(page, highlight);
  }, [shown, highlight]);
  const before = (items[0]?.start ?? top) - top;
  const after = rows.getTotalSize() - ((items.at(-1)?.end ?? top) - top);
  return (
    <tbody ref={body} data-rows={table.rows.length}>
      {before > 0 && <tr aria-hidden style={{ height: before }} />}
      {items.map((item) => (
        <tr key={item.key} data-index={item.index} ref={rows.measureElement}>
          <Row table={table} b={b} r={item.index} />
        </tr>
      ))}
      {after > 0 && <tr aria-hidden style={{ height: after }} />}
    </tbody>
  );
}

export interface DocumentViewProps {
  snapshot: Snapshot;
  highlight?: Location;
  /** The element the document scrolls in: long tables mount the rows in its view. */
  scroller: () => HTMLElement | null;
}

export function DocumentView({ snapshot, highlight, scroller }: DocumentViewProps) {
  const styles = useStyles();
  const page = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const root = page.current;
    if (!root) return;
    // A spot in a long table not mounted yet is marked by its table once scrolled to.
    const target = mark(root, highlight);
    if (target && !(highlight?.row !== undefined && target.matches('table'))) target.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [highlight, snapshot]);

  return (
    <div ref={page} className={styles.page} aria-label="Document">
      {snapshot.blocks.map((block, b) =>
        block.kind === 'paragraph' ? (
          <ParagraphView key={b} paragraph={block} path={`${b}`} heading />
        ) : (
          <table key={b} data-at={`${b}`} {...(block.generated ? { 'data-generated': block.generated, title: 'Generated by Docket' } : {})}>
            {block.rows.length > ROWS_ALL_MOUNTED ? (
              <LongTable table={block} b={b} scroller={scroller} highlight={highlight} />
            ) : (
              <tbody>
                {block.rows.map((_, r) => (
                  <tr key={r}>
                    <Row table={block} b={b} r={r} />
                  </tr>
                ))}
              </tbody>
            )}
          </table>
        ),
      )}
    </div>
  );
}
