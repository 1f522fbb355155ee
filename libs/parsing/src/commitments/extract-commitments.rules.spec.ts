import { describe, expect, it } from '@jest/globals';
import { commitmentInSentence, extractCommitments } from './extract-commitments.js';

// The rules of extract-commitments.ts, one example each. Sentences from the realdocs are marked "(realdoc …)".

describe('commitments: what counts', () => {
  it.each([
    ['zal + action verb', 'Ik zal uw Kamer voor de zomer informeren over de uitkomsten.', { actor: 'ik', strength: 'firm', dueText: 'voor de zomer' }],
    [
      'inverted subject, due phrase first',
      'Na de zomer zal het kabinet de Kamer een voortgangsbrief sturen.',
      { actor: 'het kabinet', strength: 'firm', dueText: 'na de zomer' },
    ],
    [
      'colleague with a portfolio',
      'Mijn collega van Volksgezondheid, Welzijn en Sport zal de NZa verzoeken dit te onderzoeken.',
      { actor: 'mijn collega van Volksgezondheid, Welzijn en Sport', strength: 'firm', dueText: null },
    ],
    [
      'present tense with a time phrase (realdoc 010)',
      'Ik informeer u hier zo spoedig mogelijk over.',
      { actor: 'ik', strength: 'firm', dueText: 'zo spoedig mogelijk' },
    ],
    ['present tense, separable verb', 'Voor de zomer stuur ik uw Kamer de evaluatie toe.', { actor: 'ik', strength: 'firm', dueText: 'voor de zomer' }],
    [
      'passive, Kamer informed (seed 002)',
      'De motie is op 5 april aangenomen; de Kamer zal over het vervolg geïnformeerd worden.',
      { actor: null, strength: 'firm', dueText: null },
    ],
    [
      'present passive to the Kamer with a time phrase',
      'Uw Kamer wordt voor het kerstreces geïnformeerd over de uitkomsten.',
      { actor: null, strength: 'firm', dueText: 'voor het kerstreces' },
    ],
    [
      'gaan + infinitive (realdoc 014)',
      'De komende periode ga ik onderzoeken of deze koppeling tot stand kan worden gebracht.',
      { actor: 'ik', strength: 'firm', dueText: 'de komende periode' },
    ],
    ['bereid', 'Ik ben bereid om met de sector in gesprek te gaan.', { actor: 'ik', strength: 'firm', dueText: null }],
    [
      'ik zeg toe',
      'Ik zeg u toe dat uw Kamer de evaluatie in het eerste kwartaal van 2025 ontvangt.',
      { actor: 'ik', strength: 'firm', dueText: 'in het eerste kwartaal van 2025' },
    ],
    ['ik kom hierop terug', 'Ik kom hier voor het einde van het jaar op terug.', { actor: 'ik', strength: 'firm', dueText: 'voor het einde van het jaar' }],
    [
      'a moment in time is no condition (realdoc 009)',
      'Op het moment dat dit beeld beschikbaar is zal ik in gesprek treden met de veiligheidsregio’s en uw Kamer hierover informeren.',
      { actor: 'ik', strength: 'firm', dueText: null },
    ],
    [
      'soft: nader bezien (seed 002)',
      'Wel zal ik nader bezien of het doelmatig is om de Telecommunicatiewet op dit punt aan te passen.',
      { actor: 'ik', strength: 'soft', dueText: null },
    ],
    ['soft: streven ernaar', 'Ik streef ernaar uw Kamer medio 2025 te informeren.', { actor: 'ik', strength: 'soft', dueText: 'medio 2025' }],
    ['soft: in overweging nemen', 'De minister zal de suggestie in overweging nemen.', { actor: 'de minister', strength: 'soft', dueText: null }],
    [
      'a firm verb next to a soft one is firm',
      'Het kabinet zal de mogelijkheden verkennen en de Kamer begin volgend jaar informeren.',
      { actor: 'het kabinet', strength: 'firm', dueText: 'begin volgend jaar' },
    ],
    [
      'parenthesised date (seed 003)',
      'Nederland zal tijdens de conferentie (juli 2022) voor deze problematiek aandacht vragen.',
      { actor: 'Nederland', strength: 'firm', dueText: 'juli 2022' },
    ],
    ['informing the Kamer in the present passive', 'Uw Kamer wordt hierover nader geïnformeerd.', { actor: null, strength: 'firm', dueText: null }],
    [
      'the Kamer awaits',
      'Uw Kamer kan de kabinetsreactie voor het einde van het jaar tegemoet zien.',
      { actor: null, strength: 'firm', dueText: 'voor het einde van het jaar' },
    ],
    [
      'a modal with a time phrase',
      'Naar verwachting kan ik uw Kamer in het najaar informeren over de uitkomsten.',
      { actor: 'ik', strength: 'firm', dueText: 'in het najaar' },
    ],
    [
      'a promise by a predecessor',
      'Mijn voorganger heeft toegezegd dat de Kamer voor de zomer zou worden geïnformeerd.',
      { actor: 'mijn voorganger', strength: 'firm', dueText: 'voor de zomer' },
    ],
  ])('%s', (_rule, sentence, expected) => {
    const found = commitmentInSentence(sentence);
    expect(found).not.toBeNull();
    expect({ actor: found?.actor, strength: found?.strength, dueText: found?.dueText }).toEqual(expected);
  });

  it('records a reference to an earlier promise with where it was made', () => {
    expect(commitmentInSentence('Zoals toegezegd in het notaoverleg van 14 november jl. zal ik een visie aan uw Kamer sturen.')?.origin).toBe(
      'notaoverleg van 14 november jl.',
    );
    expect(commitmentInSentence('Tijdens het mondelinge vragenuur van 3 oktober heb ik toegezegd de AP om advies te vragen.')).toMatchObject({
      actor: 'ik',
      origin: 'mondelinge vragenuur van 3 oktober',
      dueText: null,
    });
    expect(commitmentInSentence('Deze gegevens zal ik, zoals eerder aan uw Kamer toegezegd, komend voorjaar met uw Kamer delen.')).toMatchObject({
      origin: 'eerder aan uw Kamer toegezegd',
      dueText: 'komend voorjaar',
      action: 'komend voorjaar met uw Kamer delen',
    });
    // realdoc 009: a promise without a named place has no origin
    expect(commitmentInSentence('De Minister van Justitie en Veiligheid heeft toegezegd de mogelijkheden te verkennen.')).toMatchObject({
      actor: 'de Minister van Justitie en Veiligheid',
      strength: 'soft',
      origin: null,
    });
  });
});

describe('commitments: what does not count', () => {
  it.each([
    ['question', 'Bent u bereid de Kamer voor de zomer te informeren?'],
    ['current policy (seed 003)', 'Nederland spreekt zich zowel in bilateraal als in multilateraal verband uit tegen dergelijk misbruik.'],
    ['current policy (seed 003)', 'Het kabinet hanteert in het beleid ten aanzien van China dezelfde drieslag.'],
    [
      'past (seed 000)',
      'Het kabinet is van mening dat atleten zich vrij moeten kunnen uiten en heeft deze boodschap ook aan de Chinese autoriteiten overgebracht.',
    ],
    ['past (seed 000)', 'In bilaterale gesprekken hebben wij dit onderwerp reeds opgebracht.'],
    [
      'future fact (seed 002)',
      'Dit is vastgelegd in het voorstel voor een Europese e-privacyverordening die in de toekomst de e-privacyrichtlijn zal vervangen.',
    ],
    ['scheduled event, judgement call (seed 002)', 'Dit jaar wordt de BIO geëvalueerd.'],
    ['refusal (realdoc 006)', 'Ik zal hier geen onderzoek naar doen.'],
    ['refusal (realdoc 006)', 'Ik overweeg niet om een landelijke richtlijn voor alle mbo-instellingen in te voeren.'],
    ['refusal (seed 004)', 'Ik zie, gezien de stappen die de politie al heeft gezet, geen aanleiding om een onderzoek in te stellen.'],
    [
      'continuation and condition (seed 003)',
      'Nederland en de EU zullen deze rechtszittingen aandachtig blijven volgen en wanneer nodig in de Raad Buitenlandse Zaken opbrengen.',
    ],
    ['continuation (realdoc 001)', 'Ik streef er altijd al naar op een zorgvuldige manier te communiceren en zal dit ook blijven doen.'],
    ['monitoring (realdoc 010)', 'Omdat Arriva een grote speler in Nederland is, zal ik nauwlettend de ontwikkelingen blijven volgen.'],
    ['condition of need', 'Indien de evaluatie daartoe aanleiding geeft, zal ik de regeling aanpassen.'],
    ['condition of need', 'Mocht blijken dat de maatregel onvoldoende werkt, dan zal ik aanvullende stappen overwegen.'],
    ['ongoing work (realdoc 011)', 'Ik onderzoek momenteel of er mogelijkheden zijn om op korte termijn duidelijkheid te bieden aan de ondernemers.'],
    ['third party (realdoc 009)', 'Hier zullen zij in hun begrotingen vanaf 2026 rekening mee moeten houden.'],
    ['expectation', 'Ik verwacht dat de overname van Arriva geen gevolgen zal hebben voor de dienstverlening.'],
    ['deferral formula', 'Ik zal uw Kamer zo spoedig mogelijk de antwoorden op de vragen doen toekomen.'],
    ['deferral formula', 'Ik streef ernaar de vragen zo spoedig mogelijk te beantwoorden.'],
    ['cross reference (realdoc 008)', 'Op de genoemde motie ga ik in het antwoord op vraag 5 nader in.'],
    ['discourse (seed 002)', 'Verder wil ik opmerken dat de werkomgeving van rijksambtenaren zich op een afgeschermd deel bevindt.'],
    ['handed over now', 'Hierbij stuur ik uw Kamer, zoals toegezegd, het onderzoeksrapport toe.'],
    ['policy direction (realdoc 015)', 'Met de middelen voor infrastructuur en woningbouw willen we dan ook op nabijheid inzetten.'],
    ['intention in a past report (realdoc 016)', 'Op 15 februari 2024 heb ik uw Kamer geïnformeerd over de wijze waarop ik uitvoering wil geven aan de motie.'],
    ['general conduct', 'Het kabinet zal altijd opkomen voor de persvrijheid.'],
    ['reporting, not promising', 'Ik kan uw Kamer informeren dat de regeling per 1 januari is ingegaan.'],
    ['a third party promises', 'De gemeente heeft aangegeven dat zij de regels zal aanpassen.'],
  ])('%s: %s', (_rule, sentence) => {
    expect(commitmentInSentence(sentence)).toBeNull();
  });
});

describe('commitments made by saying yes to "Bent u bereid …?"', () => {
  const ask = 'Bent u bereid de Kamer voor de zomer te informeren over de uitkomsten? Zo nee, waarom niet?';
  const answer = (question: string, text: string) => extractCommitments([{ number: 4, text: question, answer: text }]);

  it('records the assent with the action asked for', () => {
    expect(answer(ask, 'Ja, daartoe ben ik bereid.')).toEqual([
      {
        questionNumber: 4,
        text: 'Ja, daartoe ben ik bereid.',
        span: [0, 26],
        actor: 'ik',
        action: 'de Kamer voor de zomer te informeren over de uitkomsten',
        dueText: 'voor de zomer',
        dueDate: null,
        strength: 'firm',
        origin: null,
        due: { kind: 'season', relation: 'before', season: 'summer', year: null },
        confidence: 0.8,
        construction: 'assent',
      },
    ]);
    expect(answer('Bent u bereid te bezien of de regeling kan worden verlengd?', 'Dat zal ik doen.')[0]).toMatchObject({ strength: 'soft', actor: 'ik' });
  });

  it('records a yes to "Bent u voornemens …?" (an intention asked for) alike', () => {
    expect(answer('Bent u voornemens de evaluatie met de Kamer te delen? Zo nee, waarom niet?', 'Ja.')[0]).toMatchObject({
      construction: 'assent',
      action: 'de evaluatie met de Kamer te delen',
      strength: 'firm',
    });
    expect(answer('Bent u voornemens de evaluatie met de Kamer te delen?', 'Nee.')).toEqual([]);
  });

  it('does not record a refusal, a conditional yes, a yes to several questions, or a yes about answering', () => {
    expect(answer(ask, 'Nee, daartoe ben ik niet bereid.')).toEqual([]);
    expect(answer(ask, 'Ja, als daar aanleiding toe is.')).toEqual([]);
    expect(answer('Bent u bekend met het bericht? Bent u bereid de Kamer te informeren?', 'Ja.')).toEqual([]);
    expect(answer('Bent u bereid deze vragen afzonderlijk te beantwoorden?', 'Ja.')).toEqual([]);
  });

  it('prefers the promise in the answer’s own words', () => {
    const found = answer(ask, 'Ja. Ik zal uw Kamer in juni informeren.');
    expect(found.map((c) => c.text)).toEqual(['Ik zal uw Kamer in juni informeren.']);
  });
});
