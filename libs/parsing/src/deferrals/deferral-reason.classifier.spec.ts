import { describe, expect, it } from '@jest/globals';
import { classifyDeferralReason } from './deferral-reason.classifier.js';

describe('classifyDeferralReason', () => {
  it.each([
    [
      '… kunnen niet binnen de gebruikelijke termijn worden beantwoord in verband met de voor de beantwoording benodigde interdepartementale afstemming.',
      'interdepartementale afstemming',
    ],
    ['De reden van het uitstel is dat de afstemming ten behoeve van de beantwoording helaas meer tijd vergt.', 'interdepartementale afstemming'],
    [
      '… niet binnen de gebruikelijke termijn kunnen worden beantwoord, aangezien nog niet alle benodigde informatie is ontvangen.',
      'informatie nog niet ontvangen',
    ],
    ['Met het oog op een zorgvuldige beantwoording is meer tijd nodig.', 'zorgvuldige beantwoording'],
    ['Om de vragen zorgvuldig te kunnen beantwoorden vraag ik uitstel.', 'zorgvuldige beantwoording'],
    ['In verband met het zomerreces worden de vragen later beantwoord.', 'other'],
    ['', 'other'],
  ])('%s → %s', (text, reason) => expect(classifyDeferralReason(text)).toBe(reason));
});
