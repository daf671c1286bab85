'use client';

import { useEffect, useState } from 'react';

type Theme = 'system' | 'light' | 'dark';
const NEXT: Record<Theme, Theme> = { system: 'light', light: 'dark', dark: 'system' };
const KEY = 'timeline-theme';

/** A button that overrides prefers-color-scheme: system, light, dark. Sets data-theme on <html>, which timeline.css reads. */
export function ThemeSwitch({ className }: { className?: string }) {
  const [theme, setTheme] = useState<Theme>('system');
  useEffect(() => {
    const saved = localStorage.getItem(KEY);
    // Reading the saved choice has to wait for the browser; the server cannot know it.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (saved === 'light' || saved === 'dark') setTheme(saved);
  }, []);
  useEffect(() => {
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
    localStorage.setItem(KEY, theme);
  }, [theme]);
  return (
    <button type="button" className={className} onClick={() => setTheme(NEXT[theme])} aria-label={`Colour theme: ${theme}. Change theme`}>
      Theme: {theme}
    </button>
  );
}
