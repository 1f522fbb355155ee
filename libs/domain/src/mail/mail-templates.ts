import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';

export type TemplateName = 'confirm' | 'alert' | 'digest';
const TEMPLATE_NAMES: readonly TemplateName[] = ['confirm', 'alert', 'digest'];

/** Every template sees these: the footer's unsubscribe link needs them. */
export interface FooterData {
  email: string;
  publicUrl: string;
  unsubscribeUrl: string;
}

export interface RenderedBody {
  text: string;
  html: string;
}

/**
 * The .hbs files live beside this module in the sources. tsc does not copy them to dist/, so the compiled module
 * looks them up in the sources of the installed package (five levels up from dist/libs/domain/src/mail/).
 */
export function templatesDir(): string {
  const candidates = [new URL('./templates/', import.meta.url), new URL('../../../../../libs/domain/src/mail/templates/', import.meta.url)];
  const found = candidates.map((u) => fileURLToPath(u)).find((dir) => fs.existsSync(dir));
  if (!found) throw new Error(`mail templates not found (looked in ${candidates.map((u) => fileURLToPath(u)).join(', ')})`);
  return found;
}

/**
 * The mail templates, compiled once at boot with { strict: true } so a missing field throws instead of printing
 * nothing. HTML templates escape every {{value}}; triple braces (no escaping) are refused at load, because every
 * title and sentence in a mail comes from a document. Text templates are compiled without HTML escaping.
 */
export class MailTemplates {
  private readonly compiled = new Map<string, Handlebars.TemplateDelegate>();

  constructor(dir: string = templatesDir()) {
    const hb = Handlebars.create();
    const load = (file: string, html: boolean) => {
      const source = fs.readFileSync(`${dir}/${file}`, 'utf8');
      if (source.includes('{{{') || source.includes('{{&')) throw new Error(`mail template ${file} uses unescaped output ({{{ or {{&); use {{value}}`);
      return hb.compile(source, { strict: true, noEscape: !html });
    };
    hb.registerPartial('footerHtml', load('footer.html.hbs', true));
    hb.registerPartial('footerTxt', load('footer.txt.hbs', false));
    for (const name of TEMPLATE_NAMES) {
      this.compiled.set(`${name}.html`, load(`${name}.html.hbs`, true));
      this.compiled.set(`${name}.txt`, load(`${name}.txt.hbs`, false));
    }
  }

  render(name: TemplateName, data: FooterData & Record<string, unknown>): RenderedBody {
    return {
      text: this.compiled.get(`${name}.txt`)!(data).replace(/\n{3,}/g, '\n\n'),
      html: this.compiled.get(`${name}.html`)!(data),
    };
  }
}
