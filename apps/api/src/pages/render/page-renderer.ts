import { Inject, Injectable } from '@nestjs/common';
import type { Response } from 'express';
import Handlebars from 'handlebars';
import { NotFoundError, POLICY, slugify, type Policy } from '#domain';
import { LAYOUT_TEMPLATE } from '../templates/layout.template.js';
import { PAGE_TEMPLATES, type PageTemplateName } from '../templates/index.js';
import { PARTIALS } from '../templates/partials.template.js';
import { ChartRenderer } from './chart-renderer.js';
import { tableCsv } from './csv.util.js';
import type { DataTable } from './data-table.js';
import { csvTableOf, type PageQuery } from './page-query.js';
import type { NavSection, PageView } from './page-view.js';

const NAV: { section: NavSection; label: string; href: string }[] = [
  { section: 'overzicht', label: 'Overzicht', href: '/' },
  { section: 'achterstallig', label: 'Achterstallig', href: '/achterstallig' },
  { section: 'vragen', label: 'Vragen', href: '/vragen' },
  { section: 'toezeggingen', label: 'Toezeggingen', href: '/toezeggingen' },
  { section: 'ministeries', label: 'Ministeries', href: '/ministeries' },
  { section: 'bewindspersonen', label: 'Bewindspersonen', href: '/bewindspersonen' },
  { section: 'kamerleden', label: 'Kamerleden', href: '/kamerleden' },
  { section: 'partijen', label: 'Partijen', href: '/partijen' },
  { section: 'redactie', label: 'Redactie', href: '/redactie' },
];

type Template = Handlebars.TemplateDelegate<Record<string, unknown>>;

/**
 * Turns a PageView into HTML (or one of its tables into CSV). Templates are compiled once, at boot, in strict mode:
 * a field a template names that the model lacks is an error, not an empty cell.
 */
@Injectable()
export class PageRenderer {
  private readonly hbs = Handlebars.create();
  private readonly layout: Template;
  private readonly pages = new Map<PageTemplateName, Template>();

  constructor(
    @Inject(ChartRenderer) private readonly charts: ChartRenderer,
    @Inject(POLICY) private readonly policy: Policy,
  ) {
    const options = { strict: true, noEscape: false } as const;
    for (const [name, source] of Object.entries(PARTIALS)) this.hbs.registerPartial(name, this.hbs.compile(source, options));
    this.layout = this.hbs.compile(LAYOUT_TEMPLATE, options);
    for (const [name, source] of Object.entries(PAGE_TEMPLATES)) this.pages.set(name as PageTemplateName, this.hbs.compile(source, options));
  }

  /** The page, or with `?format=csv` one of its tables. */
  async send(res: Response, view: PageView, query: PageQuery): Promise<void> {
    const tableId = csvTableOf(query);
    if (tableId !== null) return this.sendCsv(res, view, tableId);
    res
      .status(200)
      .type('html')
      .send(await this.html(view));
  }

  async html(view: PageView): Promise<string> {
    const template = this.pages.get(view.template as PageTemplateName);
    if (!template) throw new Error(`no page template ${view.template}`);
    const charts: Record<string, unknown> = {};
    for (const chart of view.charts) {
      // Both drawings go in the page; the stylesheet shows one by screen width, so a phone needs no script and no zoom.
      const wide = await this.charts.render(chart.spec, chart.label, chart.narrowSpec ? 'wide' : 'only');
      const narrow = chart.narrowSpec ? await this.charts.render(chart.narrowSpec, chart.label, 'narrow') : '';
      charts[chart.id] = {
        id: chart.id,
        title: chart.title,
        description: chart.description,
        table: chart.table,
        svg: new Handlebars.SafeString(wide + narrow),
      };
    }
    const tables = Object.fromEntries(view.tables.map((t) => [t.id, t]));
    const content = template({ ...view.model, charts, tables });
    return this.layout({
      title: view.title,
      description: view.description,
      alternates: view.alternates,
      nav: NAV.map((n) => ({ label: n.label, href: n.href, current: n.section === view.section })),
      policy: { answerTermDays: this.policy.answerTermDays, totalDays: this.policy.answerTermDays + this.policy.deferralExtensionDays },
      content: new Handlebars.SafeString(content),
    });
  }

  /** A plain page for errors: a heading and a message, in the same frame. */
  errorHtml(title: string, message: string): string {
    const template = this.pages.get('error')!;
    return this.layout({
      title,
      description: title,
      alternates: [],
      nav: NAV.map((n) => ({ label: n.label, href: n.href, current: false })),
      policy: { answerTermDays: this.policy.answerTermDays, totalDays: this.policy.answerTermDays + this.policy.deferralExtensionDays },
      content: new Handlebars.SafeString(template({ title, message })),
    });
  }

  private sendCsv(res: Response, view: PageView, tableId: string): void {
    const all: DataTable[] = [...view.tables, ...view.charts.map((c) => c.table)];
    const table = tableId === '' ? all[0] : all.find((t) => t.id === tableId);
    if (!table) throw new NotFoundError(`this page has no table ${tableId}; it has ${all.map((t) => t.id).join(', ')}`);
    const filename = `${slugify(view.csvName)}-${slugify(table.id)}.csv`;
    res.status(200).type('text/csv; charset=utf-8').setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    res.send(tableCsv(table));
  }
}
