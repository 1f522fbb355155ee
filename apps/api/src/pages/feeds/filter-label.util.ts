import type { PublicQuestionFilter } from '#domain';

const NAMES: Record<keyof PublicQuestionFilter, string> = {
  ministry: 'ministerie',
  minister: 'bewindspersoon',
  submitter: 'indiener',
  party: 'partij',
  topic: 'onderwerp',
};

/** "ministerie bz, partij vvd", or "alle vragen": how a feed says what it follows. */
export function filterLabel(filter: PublicQuestionFilter): string {
  const parts = (Object.keys(NAMES) as (keyof PublicQuestionFilter)[]).filter((k) => filter[k]).map((k) => `${NAMES[k]} ${filter[k]}`);
  return parts.length ? parts.join(', ') : 'alle vragen';
}
