import { Injectable, computed, signal } from '@angular/core';

export const THEME_PREFERENCES = ['system', 'light', 'dark'] as const;
export type ThemePreference = (typeof THEME_PREFERENCES)[number];

const STORAGE_KEY = 'medlocal.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

/**
 * Light or dark: follows the system until the user picks one in the header; the pick is remembered in
 * localStorage. The colours themselves are CSS custom properties switched by `data-theme` on <html>.
 */
@Injectable({ providedIn: 'root' })
export class ThemeService {
  private readonly preferenceState = signal<ThemePreference>(readStoredPreference());
  private readonly systemDark = signal(systemPrefersDark());
  readonly preference = this.preferenceState.asReadonly();
  readonly theme = computed<'light' | 'dark'>(() => {
    const preference = this.preferenceState();
    return preference === 'system' ? (this.systemDark() ? 'dark' : 'light') : preference;
  });

  constructor() {
    if (typeof matchMedia === 'function') {
      matchMedia(DARK_QUERY).addEventListener('change', (event) => {
        this.systemDark.set(event.matches);
        applyTheme(this.theme());
      });
    }
    applyTheme(this.theme());
  }

  setPreference(preference: ThemePreference): void {
    this.preferenceState.set(preference);
    try {
      localStorage.setItem(STORAGE_KEY, preference);
    } catch {
      // Private browsing may refuse storage; the choice still holds for this tab.
    }
    applyTheme(this.theme());
  }
}

function readStoredPreference(): ThemePreference {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return (THEME_PREFERENCES as readonly string[]).includes(stored ?? '') ? (stored as ThemePreference) : 'system';
  } catch {
    return 'system';
  }
}

function systemPrefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches;
}

function applyTheme(theme: 'light' | 'dark'): void {
  if (typeof document !== 'undefined') document.documentElement.dataset['theme'] = theme;
}
