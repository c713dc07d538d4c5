// The pane follows the Office theme (light or dark) in Office, and the system's colour scheme in the preview.
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/** Whether a "#RRGGBB" background is dark (relative luminance below one half). */
export function isDark(background: string | undefined): boolean {
  const hex = background && /^#?([0-9a-f]{6})$/i.exec(background.trim())?.[1];
  if (!hex) return false;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! < 0.5;
}

export function Themed({ dark, children }: { dark: boolean; children: ReactNode }) {
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: '100vh' }}>
      {children}
    </FluentProvider>
  );
}
