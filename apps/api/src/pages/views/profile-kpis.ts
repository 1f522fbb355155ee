import type { LatencyProfile } from '#domain';
import { formatNumber, formatShare, NO_DATA } from '../render/dutch-format.js';

/** The four numbers at the top of a ministry's or a member's page. */
export function profileKpis(profile: LatencyProfile, norm: { term: number; extended: number }) {
  const s = profile.summary;
  const overdue = (profile.statusCounts.overdue ?? 0) + (profile.statusCounts.overdue_deferred ?? 0);
  return [
    { label: 'Vragensets', value: String(s.count), note: `${s.answered} beantwoord`, tone: 'plain' },
    { label: 'Op tijd beantwoord', value: formatShare(s.shareOnTime), note: 'van de sets met bekende uitkomst', tone: 'plain' },
    {
      label: 'Mediaan dagen tot antwoord',
      value: s.medianDays === null ? NO_DATA : formatNumber(s.medianDays),
      note: `norm ${norm.term}, na uitstel ${norm.extended}`,
      tone: 'plain',
    },
    {
      label: 'Nu achterstallig',
      value: String(overdue),
      note: s.longestOpenDays === null ? 'niets open' : `langst open: ${s.longestOpenDays} dagen`,
      tone: overdue > 0 ? 'bad' : 'good',
    },
  ];
}
