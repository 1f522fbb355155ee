import { EDITOR_SESSION_HOURS, type ApiKeyPrincipal, type CommitmentHistoryEntry, type CommitmentView, type ReviewScope } from '#domain';
import { formatLongDate } from '../render/dutch-format.js';
import type { PageView } from '../render/page-view.js';
import { COMMITMENT_STATUS_TAGS, STRENGTH_LABELS } from '../render/status-labels.js';
import { dueBasis } from '../views/commitment-rows.js';
import { questionHref } from '../views/question-cells.js';

export const REVIEW_STATE_LABELS: Record<string, string> = {
  extracted: 'Nog niet beoordeeld',
  corrected: 'Gecorrigeerd',
  confirmed: 'Akkoord',
  rejected: 'Afgewezen',
};
const ACTION_LABELS: Record<string, string> = {
  confirm: 'akkoord',
  reject: 'afgewezen',
  correct: 'gecorrigeerd',
  fulfil: 'nagekomen',
  withdraw: 'ingetrokken',
  reopen: 'heropend',
  create: 'toegevoegd',
};

export interface ReviewData {
  principal: ApiKeyPrincipal;
  csrfToken: string;
  scope: ReviewScope;
  asOf: string;
  items: (CommitmentView & { history: CommitmentHistoryEntry[] })[];
  /** How many are in the queue; items holds the first of them. */
  total: number;
  /** The commitment just changed and how, for the status line after a redirect. */
  done: { id: number; action: string } | null;
}

/** The editors' queue: each commitment with its three forms (review, correct, fulfilled) and its history. */
export function reviewView({ principal, csrfToken, scope, asOf, items, total, done }: ReviewData): PageView {
  return {
    template: 'review',
    title: 'Redactie: toezeggingen beoordelen',
    description: 'Toezeggingen die termijnwacht uit antwoorden haalde, beoordelen en corrigeren.',
    section: 'redactie',
    model: {
      who: principal.name,
      role: principal.role,
      csrfToken,
      asOfLong: formatLongDate(asOf),
      total,
      shown: items.length < total ? `de ${items.length} twijfelachtigste getoond; ` : '',
      scopes: [
        { href: '/redactie', label: 'Te beoordelen', current: scope === 'open' },
        { href: '/redactie?scope=all', label: 'Alle, ook beoordeelde', current: scope === 'all' },
      ],
      done: done ? `Toezegging ${done.id} is ${ACTION_LABELS[done.action] ?? done.action}; de wijziging staat in de geschiedenis.` : '',
      items: items.map((c, index) => ({
        id: c.id,
        position: index + 1,
        text: c.text,
        setLabel: c.zaak ?? c.questionSetKey ?? '',
        setHref: c.questionSetKey ? `${questionHref(c.questionSetKey, null)}#vraag-${c.questionNumber ?? 1}` : '',
        questionNumber: c.questionNumber ?? '',
        actor: c.actor ?? 'niet genoemd',
        dueDate: c.dueDate ?? '',
        dueLong: c.dueDate ? formatLongDate(c.dueDate) : 'geen datum',
        dueText: c.dueText ?? '',
        dueBasis: dueBasis(c),
        strength: STRENGTH_LABELS[c.strength] ?? c.strength,
        reviewState: REVIEW_STATE_LABELS[c.reviewState] ?? c.reviewState,
        status: COMMITMENT_STATUS_TAGS[c.status],
        confidence: confidenceText(c),
        fulfilledBy: c.fulfilledBy ?? '',
        history: c.history.map((h) => ({
          at: h.at,
          atText: h.at.slice(0, 16).replace('T', ' '),
          who: h.actor,
          what: ACTION_LABELS[h.action] ?? h.action,
          fields: Object.keys(h.changes).join(', '),
          note: h.note ?? '',
        })),
      })),
    },
    tables: [],
    charts: [],
    alternates: [],
    csvName: 'redactie',
  };
}

// The extractor's confidence, once the commitment carries one.
function confidenceText(c: CommitmentView): string {
  const confidence = (c as CommitmentView & { confidence?: number | null }).confidence;
  return typeof confidence === 'number' ? `${Math.round(confidence * 100)}%` : '';
}

/** The sign-in page: one field for the API key. */
export function reviewLoginView(formToken: string, message: string): PageView {
  return {
    template: 'reviewLogin',
    title: 'Redactie: inloggen',
    description: 'Inloggen voor redacteuren van termijnwacht.',
    section: 'redactie',
    model: { formToken, message, hours: EDITOR_SESSION_HOURS },
    tables: [],
    charts: [],
    alternates: [],
    csvName: 'redactie',
  };
}
