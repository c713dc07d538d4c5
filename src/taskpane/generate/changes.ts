// What the user changed inside a block Docket wrote: the lines removed and added (jsdiff), cells shown apart.
import { diffLines } from 'diff';

export interface Changed {
  /** What Docket wrote, when it has a record of it. */
  written?: string;
  /** What is in the block now. */
  now: string;
}

/** The lines the user removed and added, tabs between cells shown as " | ". */
export function changedLines({ written, now }: Required<Changed>): { kind: 'removed' | 'added'; text: string }[] {
  // Every line ends with a newline, so a last line compares equal to the same line elsewhere.
  const lines = (text: string) => `${text.replace(/\r\n?/g, '\n').replace(/\n$/, '')}\n`;
  return diffLines(lines(written), lines(now)).flatMap((part) =>
    part.added || part.removed
      ? part.value
          .replace(/\n$/, '')
          .split('\n')
          .map((line) => ({ kind: part.added ? ('added' as const) : ('removed' as const), text: line.replace(/\t/g, ' | ') }))
      : [],
  );
}
