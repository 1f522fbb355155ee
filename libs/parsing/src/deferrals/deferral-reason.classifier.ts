import type { DeferralReason } from '../contract/parsed-document.js';

// The reason a Mededeling gives for not answering in time, from its wording. Checked in this order, because a
// notice that names coordination between ministries usually adds "zorgvuldig" as a courtesy:
// - "interdepartementale afstemming", "de afstemming … vergt meer tijd", "afstemming met …" → afstemming;
// - "nog niet alle benodigde informatie is ontvangen", "informatie … nog niet … ontvangen" → informatie;
// - "zorgvuldige beantwoording", "zorgvuldig" → zorgvuldige beantwoording;
// - anything else → other.

export function classifyDeferralReason(text: string): DeferralReason {
  const lower = text.toLowerCase();
  if (lower.includes('interdepartement') || lower.includes('afstemming')) return 'interdepartementale afstemming';
  const informationIndex = lower.indexOf('informatie');
  if (informationIndex >= 0 && lower.includes('nog niet') && lower.includes('ontvangen', informationIndex)) {
    return 'informatie nog niet ontvangen';
  }
  if (lower.includes('zorgvuldig')) return 'zorgvuldige beantwoording';
  return 'other';
}
