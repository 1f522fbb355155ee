import { describe, expect, it } from '@jest/globals';
import { commitmentInSentence } from './extract-commitments.js';

// The constructions of issue 12, one example sentence each as the issue gives them (its own sentences, not a
// document's), plus variants written here in the same register. Each row: sentence → construction, or null.

const COMMITMENTS: [string, string][] = [
  ['Uw Kamer wordt voor de zomer over de uitkomsten geïnformeerd.', 'receiver'],
  ['Er zal een verkenning worden uitgevoerd.', 'passive'],
  ['De Kamer zal over het vervolg geïnformeerd worden.', 'receiver'],
  ['In de nieuwe nota zal hier aandacht aan worden besteed.', 'passive'],
  ['Volgende maand ga ik in gesprek met de provincies.', 'active'],
  ['De vergoeding zal per 1 januari worden verhoogd.', 'passive'],
  ['Ik wil de eerder gemaakte afspraken dit jaar nakomen.', 'intention'],
  ['Ik verwacht in aanvulling op de jaarlijkse rapportage ook een tussentijdse rapportage te leveren.', 'intention'],
  ['Op het moment dat dit beeld beschikbaar is zal ik uw Kamer informeren.', 'conditional'],
  ['Zodra het onderzoek is afgerond, zal ik uw Kamer de resultaten toesturen.', 'conditional'],
  ['Ik heb in het debat aangegeven dat ik uw Kamer voor de zomer zal informeren.', 'active'],
  ['De Staatssecretaris heeft toegezegd de mogelijkheden te verkennen.', 'reference'],
  ['Het ministerie zal de uitvoering van het nieuwe plan ter hand nemen.', 'active'],
  ['Daarna zal ik een wetsvoorstel ter uitvoering van het akkoord in procedure brengen.', 'active'],
];

const NOT_COMMITMENTS: string[] = [
  'Ik zal de ontwikkelingen nauwlettend blijven volgen.',
  'De lidstaten willen dat de Commissie met een voorstel komt.',
  'Mijn inzet is dat de richtlijn wordt aangepast.',
  'Dit sta ik alleen toe als het veilig kan.',
  'Over de agenda van uw Kamer ga ik niet.',
  'In de brief van maart staat dat dit zal worden opgenomen.',
  'De Minister gaf aan dat de regeling per 1 juli zal worden aangepast.',
  'In het verslag is vermeld dat de cijfers in het najaar zullen worden gepubliceerd.',
];

describe('the constructions of issue 12', () => {
  it.each(COMMITMENTS)('%s → %s', (sentence, construction) => {
    const found = commitmentInSentence(sentence);
    expect(found?.construction).toBe(construction);
    expect(found?.confidence).toBeGreaterThan(0);
    expect(found?.confidence).toBeLessThanOrEqual(1);
  });

  it.each(NOT_COMMITMENTS)('%s → no commitment', (sentence) => {
    expect(commitmentInSentence(sentence)).toBeNull();
  });

  it('is surer of a first-person promise to the Kamer with a date than of a bare passive', () => {
    const sure = commitmentInSentence('Ik zal uw Kamer voor de zomer informeren over de uitkomsten.');
    const doubtful = commitmentInSentence('Er zal een verkenning worden uitgevoerd.');
    expect(sure!.confidence!).toBeGreaterThan(doubtful!.confidence!);
  });
});
