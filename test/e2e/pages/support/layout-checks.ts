import type { Page } from 'playwright-core';

/** How far the page body scrolls sideways (0 when it fits the screen). */
export async function bodyOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const { document } = globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } };
    return document.documentElement.scrollWidth - document.documentElement.clientWidth;
  });
}

export interface TableFit {
  id: string;
  /** Pixels of the table hidden behind its box's sideways scroll. */
  hidden: number;
  /** Column labels of cells that end right of the screen. */
  offscreen: string[];
}

/** Every table in view (not folded in a closed <details>): does it fit its box and the screen, column by column? */
export async function tableFits(page: Page): Promise<TableFit[]> {
  return page.locator('table[data-table]').evaluateAll((tables) => {
    interface Box {
      right: number;
      width: number;
    }
    interface El {
      getBoundingClientRect(): Box;
      getAttribute(name: string): string | null;
      closest(selector: string): (El & { scrollWidth: number; clientWidth: number }) | null;
      querySelectorAll(selector: string): Iterable<El>;
      textContent: string | null;
    }
    const viewport = (globalThis as unknown as { document: { documentElement: { clientWidth: number } } }).document.documentElement.clientWidth;
    return (tables as unknown as El[])
      .filter((t) => t.getBoundingClientRect().width > 0)
      .map((t) => {
        const wrap = t.closest('.table-wrap')!;
        const offscreen = new Set<string>();
        for (const td of t.querySelectorAll('tbody td')) {
          const box = td.getBoundingClientRect();
          if (box.width > 0 && box.right > viewport + 0.5) offscreen.add(td.getAttribute('data-label') ?? '?');
        }
        return { id: t.getAttribute('data-table') ?? '?', hidden: Math.max(0, wrap.scrollWidth - wrap.clientWidth), offscreen: [...offscreen] };
      });
  });
}

export interface ChartText {
  chart: string;
  text: string;
  /** The size the reader sees: the font size times the SVG's scale on screen. */
  px: number;
  /** The text sticks out of the drawing or off the screen. */
  cut: boolean;
}

/** Every text in every chart drawing in view, with its size on screen and whether it is cut off. */
export async function chartTexts(page: Page): Promise<ChartText[]> {
  return page.locator('svg.chart-svg').evaluateAll((svgs) => {
    interface Rect {
      left: number;
      right: number;
      top: number;
      bottom: number;
      width: number;
    }
    interface SvgText {
      getBoundingClientRect(): Rect;
      textContent: string | null;
    }
    interface Svg {
      getBoundingClientRect(): Rect;
      viewBox: { baseVal: { width: number } | null };
      width: { baseVal: { value: number } };
      closest(selector: string): { getAttribute(name: string): string | null } | null;
      querySelectorAll(selector: string): Iterable<SvgText>;
    }
    const g = globalThis as unknown as { getComputedStyle(e: unknown): { fontSize: string }; document: { documentElement: { clientWidth: number } } };
    const viewport = g.document.documentElement.clientWidth;
    const out: { chart: string; text: string; px: number; cut: boolean }[] = [];
    for (const svg of svgs as unknown as Svg[]) {
      const box = svg.getBoundingClientRect();
      if (box.width === 0) continue;
      const drawn = svg.viewBox.baseVal?.width || svg.width.baseVal.value;
      const scale = box.width / drawn;
      const chart = svg.closest('figure')?.getAttribute('data-chart') ?? '?';
      for (const text of svg.querySelectorAll('text')) {
        const content = (text.textContent ?? '').trim();
        if (!content) continue;
        const r = text.getBoundingClientRect();
        const cut = r.left < box.left - 1 || r.right > box.right + 1 || r.right > viewport + 0.5 || content.endsWith('…');
        out.push({ chart, text: content, px: Math.round(parseFloat(g.getComputedStyle(text).fontSize) * scale * 10) / 10, cut });
      }
    }
    return out;
  });
}
