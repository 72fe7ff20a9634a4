/**
 * The charts' colours, read from the app's CSS variables (theme.css) so a chart follows the
 * light or dark theme like the rest of the screen. The series colours are fixed per theme: each
 * pair was picked to stay apart for the common colour-vision deficiencies and against the
 * surface colour (the table view carries the same numbers for anyone who cannot tell them apart).
 */
export interface ChartTheme {
  dark: boolean;
  text: string;
  muted: string;
  border: string;
  surface: string;
  accent: string;
  /** Series colours, in order. */
  palette: string[];
  /** The colour of a flagged point or a warning line. */
  alert: string;
  fontFamily: string;
}

const LIGHT_PALETTE = ['#2354b0', '#c2541b', '#1b7f5a', '#8a3fa0', '#9a7b00', '#4d5765'];
const DARK_PALETTE = ['#8db2ff', '#ffa26b', '#5fd3a3', '#d89bf0', '#e6c84f', '#a7b0bd'];

function variable(style: CSSStyleDeclaration, name: string, fallback: string): string {
  const value = style.getPropertyValue(name).trim();
  return value === '' ? fallback : value;
}

/** The theme painted now on `<html>`. */
export function readChartTheme(root: HTMLElement = document.documentElement): ChartTheme {
  const style = getComputedStyle(root);
  const dark = root.dataset.theme === 'dark';
  return {
    dark,
    text: variable(style, '--color-text', dark ? '#e6e9ef' : '#1a1f27'),
    muted: variable(style, '--color-text-muted', dark ? '#a7b0bd' : '#4d5765'),
    border: variable(style, '--color-border', dark ? '#2b323c' : '#d8dee6'),
    surface: variable(style, '--color-surface', dark ? '#181c22' : '#ffffff'),
    accent: variable(style, '--color-accent', dark ? '#8db2ff' : '#2354b0'),
    palette: dark ? DARK_PALETTE : LIGHT_PALETTE,
    alert: dark ? '#ff8a80' : '#b3261e',
    fontFamily: variable(style, '--font-sans', 'system-ui, sans-serif'),
  };
}

/** Axis, grid and legend settings every chart shares. */
export function baseOption(theme: ChartTheme) {
  const axisLine = { lineStyle: { color: theme.border } };
  const axisLabel = { color: theme.muted, fontFamily: theme.fontFamily };
  return {
    animation: false,
    color: theme.palette,
    textStyle: { color: theme.text, fontFamily: theme.fontFamily },
    grid: { left: 56, right: 24, top: 40, bottom: 40, containLabel: true },
    legend: { top: 0, textStyle: { color: theme.text } },
    tooltip: {
      trigger: 'axis' as const,
      // Drawn on the canvas: an HTML tooltip needs style attributes, which the CSP refuses.
      renderMode: 'richText' as const,
      backgroundColor: theme.surface,
      borderColor: theme.border,
      textStyle: { color: theme.text },
    },
    axis: { axisLine, axisLabel, splitLine: { lineStyle: { color: theme.border } } },
  };
}
