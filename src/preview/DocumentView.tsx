// The document as the preview shows it: its paragraphs (with list labels) and tables (with merged cells), each
// element marked with its Snapshot location so a finding can be highlighted where it is.
import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { Location, Paragraph, Snapshot } from '../core';

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
    // The spot of the finding last gone to.
    '& [aria-current="location"]': {
      outline: `3px solid ${tokens.colorPaletteYellowBorderActive}`,
      backgroundColor: tokens.colorPaletteYellowBackground2,
      color: tokens.colorNeutralForeground1Static,
    },
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

export function DocumentView({ snapshot, highlight }: { snapshot: Snapshot; highlight?: Location }) {
  const styles = useStyles();
  const page = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const root = page.current;
    if (!root) return;
    root.querySelectorAll('[aria-current="location"]').forEach((el) => el.removeAttribute('aria-current'));
    if (!highlight) return;
    // The most precise element there is: the paragraph, else the cell, else the block.
    const paths = [pathOf(highlight), pathOf({ ...highlight, paragraph: undefined }), pathOf({ block: highlight.block })];
    const target = paths.map((p) => root.querySelector(`[data-at="${p}"]`)).find((el) => el !== null);
    if (!target) return;
    target.setAttribute('aria-current', 'location');
    target.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [highlight, snapshot]);

  return (
    <div ref={page} className={styles.page} aria-label="Document">
      {snapshot.blocks.map((block, b) =>
        block.kind === 'paragraph' ? (
          <ParagraphView key={b} paragraph={block} path={`${b}`} heading />
        ) : (
          <table key={b} data-at={`${b}`}>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.cells.map((cell, c) => (
                    <td key={c} colSpan={cell.span} data-at={`${b}:${r}:${c}`}>
                      {cell.merge === 'continue'
                        ? null
                        : cell.paragraphs.map((p, k) => <ParagraphView key={k} paragraph={p} path={`${b}:${r}:${c}:${k}`} />)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        ),
      )}
    </div>
  );
}
