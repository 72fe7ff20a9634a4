/** Writes language and theme onto `<html>`, where CSS, screen readers and axe look for them. */
import type { ResolvedTheme } from '../../shared/domain/settings';
import type { Language } from '../../shared/ipc/contract';

export function applyDocumentLanguage(language: Language, root = document.documentElement) {
  root.lang = language;
}

export function applyDocumentTheme(theme: ResolvedTheme, root = document.documentElement) {
  root.dataset.theme = theme;
}
