import type { StatusTag } from '../render/status-labels.js';

// The chart colours, the same as the status badges' inks so a chart and a table read alike.
export const CHART_COLOURS = {
  accent: '#1d4e89',
  accentLight: '#8fb3de',
  norm: '#a11d1d',
  muted: '#7b8794',
  grid: '#e4e7eb',
} as const;

export const TONE_COLOURS: Record<StatusTag['tone'], string> = {
  good: '#2f8f4e',
  info: '#1d4e89',
  warn: '#c46a00',
  bad: '#a11d1d',
  neutral: '#7b8794',
};

/** Width that fits the page's content column on a laptop; the SVG scales down on narrow screens. */
export const CHART_WIDTH = 820;

/** The plot width of a chart drawn for a phone: with its axis labels it fits the 300 px a 360 px screen leaves. */
export const NARROW_WIDTH = 150;

/** Font size of every label in a phone chart: drawn at its own size (no scaling), so this is what the reader sees. */
export const NARROW_FONT_SIZE = 12;
