// Text for screen readers only: what an icon or a colour shows to everyone else. Clipped to nothing where it stands,
// so it never makes the page taller or wider (its parent must be its containing block: position relative).
import { makeStyles } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  hidden: {
    position: 'absolute',
    top: 0,
    left: 0,
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    border: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
});

export function ScreenReaderText({ children }: { children: ReactNode }) {
  return <span className={useStyles().hidden}>{children}</span>;
}
