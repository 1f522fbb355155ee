import type { AlertMailItem } from '../mail/mail-composer.js';
import { dutchDate } from '../mail/format-dutch-date.js';
import type { AlertCandidate } from './rules/alert-rule.types.js';

/** What the alert mail says about a subject: its zaak number, its title and where to read more. */
export interface AlertSubjectLabel {
  zaak: string;
  title: string;
  url: string;
  /** The commitment's sentence, for commitment alerts. */
  commitmentText?: string;
  dueImplied?: boolean;
}

const days = (n: number): string => `${n} ${n === 1 ? 'dag' : 'dagen'}`;

function detail(c: AlertCandidate, label: AlertSubjectLabel): string {
  switch (c.rule) {
    case 'overdue':
      return `De termijn verstreek op ${dutchDate(c.termDate)}; nu ${days(c.days)} over de termijn, zonder antwoord en zonder uitstelbericht.`;
    case 'overdue_after_deferral':
      return `De verlengde termijn (na uitstel) verstreek op ${dutchDate(c.termDate)}; nu ${days(c.days)} over de termijn, nog zonder antwoord.`;
    case 'due_soon':
      return c.days === 0 ? `De termijn verloopt vandaag, ${dutchDate(c.termDate)}.` : `De termijn verloopt over ${days(c.days)}, op ${dutchDate(c.termDate)}.`;
    case 'late_deferral':
      return `Uitstelbericht van ${dutchDate(c.termDate)}: ${days(c.days)} na het verstrijken van de termijn.`;
    case 'commitment_overdue': {
      const text = (label.commitmentText ?? '').length > 300 ? `${label.commitmentText!.slice(0, 299)}…` : (label.commitmentText ?? '');
      const implied = label.dueImplied ? ' (geen datum genoemd: standaardtermijn)' : '';
      return `Toezegging “${text}” had ${dutchDate(c.termDate)}${implied} als uiterste datum; ${days(c.days)} verstreken zonder dat zij is nagekomen.`;
    }
  }
}

export function alertMailItem(candidate: AlertCandidate, label: AlertSubjectLabel): AlertMailItem {
  return { rule: candidate.rule, zaak: label.zaak, title: label.title, url: label.url, detail: detail(candidate, label) };
}
