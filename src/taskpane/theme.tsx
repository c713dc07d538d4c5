// The pane follows the Office theme (light or dark) in Office, and the system's colour scheme in the preview; the
// page behind it takes the theme's background too, so no white band shows in dark where the page scrolls.
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useEffect, type ReactNode } from 'react';

/** Whether a "#RRGGBB" background is dark (relative luminance below one half). */
export function isDark(background: string | undefined): boolean {
  const hex = background && /^#?([0-9a-f]{6})$/i.exec(background.trim())?.[1];
  if (!hex) return false;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! < 0.5;
}

export function Themed({ dark, children }: { dark: boolean; children: ReactNode }) {
  const theme = dark ? webDarkTheme : webLightTheme;
  useEffect(() => {
    document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
    document.body.style.backgroundColor = theme.colorNeutralBackground1;
  }, [dark, theme]);
  return (
    <FluentProvider theme={theme} style={{ minHeight: '100vh' }}>
      {children}
    </FluentProvider>
  );
}
