// Text for screen readers only: what an icon or a colour shows to everyone else.
import { makeStyles } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

export function ScreenReaderText({ children }: { children: ReactNode }) {
  return <span className={useStyles().hidden}>{children}</span>;
}
