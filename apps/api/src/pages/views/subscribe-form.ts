import { ALERT_RULE_NAMES, RULE_LABELS, type PublicQuestionFilter } from '#domain';

/** The model of the subscribe partial: the page's own filter as hidden fields, every alert rule offered and ticked. */
export function subscribeForm(filter: PublicQuestionFilter, whom: string, token: string, back: string) {
  return {
    intro: `Krijg een e-mail zodra een vraag van ${whom} over de termijn gaat, een uitstelbericht te laat is of een toezegging verloopt, en desgewenst een overzicht. Naast de agenda (ICS) en de Atom-feed hierboven.`,
    token,
    back,
    filters: Object.entries(filter).map(([name, value]) => ({ name, value })),
    rules: ALERT_RULE_NAMES.map((value) => ({ value, label: RULE_LABELS[value] })),
  };
}
