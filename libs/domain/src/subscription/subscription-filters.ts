import { ALERT_RULE_NAMES, type AlertRuleName } from '../alert/rules/alert-rule.types.js';
import { MINISTRIES } from '../ministry/ministry-catalogue.js';
import { personKey, slugify } from '../person/person-key.util.js';
import { partyAbbreviation } from '../person/party-abbreviation.util.js';
import type { DigestChoice } from './subscription.entity.js';

export interface SubscriptionFilters {
  ministry: string | null;
  minister: string | null;
  submitter: string | null;
  party: string | null;
  topic: string | null;
}

/** What a subscriber asks for, as typed (API body, CLI options). */
export interface SubscriptionRequest {
  email?: unknown;
  ministry?: unknown;
  minister?: unknown;
  submitter?: unknown;
  party?: unknown;
  topic?: unknown;
  rules?: unknown;
  digest?: unknown;
}

/** The facts of one question set a filter looks at. */
/** What a subject with no question set (or an unknown one) offers the filters: nothing to match but the ministry, if set. */
export const NO_ATTRIBUTES: SubjectAttributes = { ministrySlug: null, ministerLabel: null, answererKeys: [], submitterKeys: [], partySlugs: [], topics: [] };

export interface SubjectAttributes {
  ministrySlug: string | null;
  ministerLabel: string | null;
  /** Every ministry and minister that must answer (question_set_responsible), when known: a set answered for BZ and JenV matches both. */
  ministrySlugs?: readonly string[];
  ministerLabels?: readonly string[];
  answererKeys: readonly string[];
  submitterKeys: readonly string[];
  partySlugs: readonly string[];
  topics: readonly string[];
}

export const DIGEST_CHOICES: readonly DigestChoice[] = ['none', 'daily', 'weekly'];

function text(value: unknown, field: string, max: number, problems: string[]): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string' || value.trim() === '' || value.length > max || /[\u0000-\u001f]/.test(value)) {
    problems.push(`${field} (a line of text of at most ${max} characters)`);
    return null;
  }
  return value.trim();
}

function ministrySlug(value: string | null, problems: string[]): string | null {
  if (value === null) return null;
  const wanted = value.toLowerCase();
  const found = MINISTRIES.find((m) => m.slug === wanted || m.abbreviation.toLowerCase() === wanted || m.name.toLowerCase() === wanted);
  if (!found) problems.push(`ministry=${value} (one of ${MINISTRIES.map((m) => m.slug).join(', ')}, or the ministry's name)`);
  return found?.slug ?? null;
}

function ruleList(value: unknown, problems: string[]): AlertRuleName[] {
  if (value === undefined || value === null) return [...ALERT_RULE_NAMES];
  const list =
    typeof value === 'string'
      ? value
          .split(',')
          .map((r) => r.trim())
          .filter((r) => r !== '')
      : value;
  if (!Array.isArray(list) || !list.every((r): r is AlertRuleName => ALERT_RULE_NAMES.includes(r as AlertRuleName))) {
    problems.push(`rules (a list of: ${ALERT_RULE_NAMES.join(', ')}; empty for digest only)`);
    return [];
  }
  return [...new Set(list)];
}

/** Checks and normalises a request's filters, rules and digest choice; every problem is reported together. */
export function normalizeSubscriptionChoices(request: SubscriptionRequest): {
  filters: SubscriptionFilters;
  rules: AlertRuleName[];
  digest: DigestChoice;
  problems: string[];
} {
  const problems: string[] = [];
  const filters: SubscriptionFilters = {
    ministry: ministrySlug(text(request.ministry, 'ministry', 120, problems), problems),
    minister: text(request.minister, 'minister', 200, problems),
    submitter: text(request.submitter, 'submitter', 200, problems),
    party: text(request.party, 'party', 80, problems),
    topic: text(request.topic, 'topic', 120, problems),
  };
  const rules = ruleList(request.rules, problems);
  const digest = (request.digest ?? 'weekly') as DigestChoice;
  if (!DIGEST_CHOICES.includes(digest)) problems.push(`digest=${String(request.digest)} (none, daily or weekly)`);
  if (rules.length === 0 && digest === 'none' && problems.length === 0) problems.push('rules and digest (choose at least one alert rule or a digest)');
  return { filters, rules, digest, problems };
}

/** Filters in the form they are compared in, computed once per subscription per run. */
export interface CompiledFilters {
  ministry: string | null;
  ministerKey: string | null;
  ministerSlug: string | null;
  submitterKey: string | null;
  partySlug: string | null;
  topic: string | null;
}

export function compileFilters(filters: SubscriptionFilters): CompiledFilters {
  return {
    ministry: filters.ministry,
    ministerKey: filters.minister === null ? null : personKey(filters.minister),
    ministerSlug: filters.minister === null ? null : slugify(filters.minister),
    submitterKey: filters.submitter === null ? null : personKey(filters.submitter),
    partySlug: filters.party === null ? null : slugify(partyAbbreviation(filters.party)),
    topic: filters.topic === null ? null : filters.topic.toLowerCase(),
  };
}

/**
 * Every filter that is set must match (AND); an unset filter matches everything. A minister filter matches an
 * answerer of that name ("Hoekstra") or the Monday-list label ("Minister van Financiën").
 */
export function matchesFilters(filters: CompiledFilters, subject: SubjectAttributes): boolean {
  if (filters.ministry !== null && subject.ministrySlug !== filters.ministry && !(subject.ministrySlugs ?? []).includes(filters.ministry)) return false;
  if (filters.ministerKey !== null && filters.ministerSlug !== null) {
    const byName = subject.answererKeys.includes(filters.ministerKey);
    const labels = [...(subject.ministerLabel !== null ? [subject.ministerLabel] : []), ...(subject.ministerLabels ?? [])];
    const byLabel = labels.some((label) => slugify(label).includes(filters.ministerSlug!));
    if (!byName && !byLabel) return false;
  }
  if (filters.submitterKey !== null && !subject.submitterKeys.includes(filters.submitterKey)) return false;
  if (filters.partySlug !== null && !subject.partySlugs.includes(filters.partySlug)) return false;
  if (filters.topic !== null && !subject.topics.some((t) => t.toLowerCase() === filters.topic)) return false;
  return true;
}

/** The filters a subscription row holds. */
export function filtersOf(row: SubscriptionFilters): SubscriptionFilters {
  return { ministry: row.ministry, minister: row.minister, submitter: row.submitter, party: row.party, topic: row.topic };
}

/**
 * The subscription's choices in Dutch, one line each, for the confirmation mail. That mail goes to an address nobody
 * has confirmed yet, so it carries no text from the request: the ministry comes from the catalogue, the free-text
 * filters (minister, submitter, party, topic) are named but not quoted. Otherwise anyone could mail a stranger a
 * message of their own under our name.
 */
export function describeChoices(filters: SubscriptionFilters, rules: readonly AlertRuleName[], digest: DigestChoice): string[] {
  const ministry = filters.ministry === null ? null : (MINISTRIES.find((m) => m.slug === filters.ministry)?.name ?? null);
  const named = (['minister', 'submitter', 'party', 'topic'] as const).filter((k) => filters[k] !== null).map((k) => FREE_TEXT_FILTER_LABELS[k]);
  const lines = [ministry && `Ministerie: ${ministry}`, named.length > 0 && `Ook gefilterd op: ${named.join(', ')} (zoals opgegeven bij het aanmelden)`].filter(
    (l): l is string => Boolean(l),
  );
  if (lines.length === 0) lines.push('Alle schriftelijke vragen (geen filter)');
  lines.push(rules.length === 0 ? 'Meldingen: geen' : `Meldingen: ${rules.map((r) => RULE_LABELS[r]).join('; ')}`);
  lines.push(`Overzicht: ${digest === 'none' ? 'geen' : digest === 'daily' ? 'dagelijks' : 'wekelijks, op maandag'}`);
  return lines;
}

const FREE_TEXT_FILTER_LABELS = { minister: 'bewindspersoon', submitter: 'indiener', party: 'partij', topic: 'onderwerp' } as const;

/** Dutch names of the alert rules, as mails and pages show them. */
export const RULE_LABELS: Readonly<Record<AlertRuleName, string>> = {
  overdue: 'termijn verstreken zonder antwoord of uitstel',
  overdue_after_deferral: 'verlengde termijn verstreken',
  due_soon: 'termijn verloopt binnenkort',
  late_deferral: 'uitstelbericht te laat',
  commitment_overdue: 'toezegging verlopen',
};
