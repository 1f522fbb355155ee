import { Injectable } from '@nestjs/common';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { escapeHtml } from '../../common/escape-html.util.js';
import { DUTCH_MONTHS, DUTCH_WEEKDAYS } from '#parsing';

// Dutch numbers and dates on every axis: 1.234,5 and "jan 2024". Set once for the process; vega keeps them global.
vega.formatLocale({ decimal: ',', thousands: '.', grouping: [3], currency: ['€\u00a0', ''] });
vega.timeFormatLocale({
  dateTime: '%A %e %B %Y %X',
  date: '%d-%m-%Y',
  time: '%H:%M:%S',
  periods: ['', ''],
  // d3's weeks start on Sunday.
  days: [DUTCH_WEEKDAYS[6], ...DUTCH_WEEKDAYS.slice(0, 6)],
  shortDays: ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'],
  months: [...DUTCH_MONTHS],
  shortMonths: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
});

/** Shared look: a font every system has, dark text for contrast, no per-mark ARIA (the figure has one label). */
const CONFIG = {
  font: 'sans-serif',
  aria: false,
  background: '#ffffff',
  view: { stroke: null },
  axis: {
    labelColor: '#1f2933',
    titleColor: '#1f2933',
    labelFontSize: 12,
    titleFontSize: 12,
    titleFontWeight: 600,
    gridColor: '#e4e7eb',
    domainColor: '#7b8794',
    tickColor: '#7b8794',
  },
  legend: { labelColor: '#1f2933', titleColor: '#1f2933', labelFontSize: 12, titleFontSize: 12 },
  title: { color: '#1f2933' },
} as const;

// vega leaves graphics roles on groups and marks even with aria off; inside an <svg role="img"> they are noise.
const INNER_ARIA = /\s(?:role|aria-roledescription|aria-label)="[^"]*"/g;

/** Which drawing: the laptop one, the phone one the stylesheet shows on narrow screens instead, or the only one. */
export type ChartLayout = 'wide' | 'narrow' | 'only';

/**
 * Renders vega-lite specs to static SVG on the server, so a chart needs no script in the browser. The SVG gets
 * role="img", an aria-label and a <title>; the page puts a table with the same numbers next to it.
 */
@Injectable()
export class ChartRenderer {
  // A chart is a pure function of its spec: the same numbers give the same SVG, so repeat views skip vega (~50 ms
  // a chart). Bounded, oldest out first; a Map keeps insertion order.
  private readonly cache = new Map<string, string>();
  private static readonly CACHE_SIZE = 200;

  async render(spec: TopLevelSpec, label: string, layout: ChartLayout = 'only'): Promise<string> {
    const key = JSON.stringify([spec, label, layout]);
    const known = this.cache.get(key);
    if (known !== undefined) return known;
    const svg = await this.draw(spec, label, layout);
    if (this.cache.size >= ChartRenderer.CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, svg);
    return svg;
  }

  private async draw(spec: TopLevelSpec, label: string, layout: ChartLayout): Promise<string> {
    const compiled = compile({ ...spec, config: { ...CONFIG, ...(spec.config ?? {}) } }).spec;
    const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
    try {
      const svg = (await view.toSVG()).replace(INNER_ARIA, '');
      const attributes = `role="img" aria-label="${escapeHtml(label)}" focusable="false" class="chart-svg chart-${layout}"`;
      // Our own attributes and title go right after the opening tag vega writes.
      return svg.replace(/^<svg /, `<svg ${attributes} `).replace(/^(<svg[^>]*>)/, `$1<title>${escapeHtml(label)}</title>`);
    } finally {
      view.finalize();
    }
  }
}
