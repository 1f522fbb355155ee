import { describe, expect, it } from '@jest/globals';
import { commitmentInSentence, extractCommitments } from './extract-commitments.js';

// The kinds of issue 12 generalised by grammar, not by the corpus's sentences: every sentence here was written for
// this spec in the register of government answers (none is copied from a document), one or more per rule of the
// second round — intentions ("ben van plan", "zie mij genoodzaakt", "het is mijn voornemen", "beoog"), the plural
// present ("nemen we … mee"), a present act pointing ahead ("toekomstig beleid", "in volgende …"), a present passive
// into a document still to come, announced events ("Er komt een onderzoek", "zal … plaatsvinden"), the receiver after a
// comma and as "u"; and the look-alikes they must leave alone (aims after "wil", pointers inside the document,
// "informeer ik u" describing this letter, hypotheses, trailing attributions, routine, assumptions).

const COMMITMENTS: string[] = [
  'Uw Kamer ontvangt een afschrift van mijn brief aan de gemeenten.',
  "Ik zal in een aparte brief nader ingaan op de scenario's.",
  'Ik wil de Kamer voor de zomer informeren over de uitkomsten.',
  'Ik heb aangegeven dat ik in de komende maanden met de provincies in gesprek ga.',
  'Het kabinet ziet zich genoodzaakt de regeling per 1 juli aan te passen.',
  'Ik zie mij genoodzaakt om de subsidieregeling te wijzigen.',
  'Ik ben van plan om de Kamer na de zomer te informeren.',
  'Het kabinet is van plan de regeling volgend jaar te evalueren.',
  'Het is mijn voornemen om in het najaar een wetsvoorstel in te dienen.',
  'Als het onderzoek is afgerond, zal ik uw Kamer de resultaten sturen.',
  'De aanbevelingen neem ik mee bij de uitwerking van toekomstig beleid.',
  'Deze ervaringen nemen we mee in volgende evaluaties.',
  'Zoals aangekondigd in mijn brief van juni stuur ik uw Kamer voor de zomer de evaluatie.',
  'Zoals toegezegd in het debat over de begroting informeer ik uw Kamer voor het kerstreces over de voortgang.',
  'De cijfers worden opgenomen in de eerstvolgende voortgangsrapportage.',
  'Deze punten worden betrokken bij de aangekondigde brief over het stelsel.',
  'De cijfers over 2024 worden in het voorjaar opgenomen in de jaarrapportage.',
  'De uitkomsten zullen u zo snel mogelijk worden nagezonden.',
  'Zodra de evaluatie gereed is, wordt uw Kamer hierover geïnformeerd.',
  'Nadat het advies is ontvangen, wordt de Kamer over de kabinetsreactie geïnformeerd.',
  'Ik informeer uw Kamer over de uitkomsten zodra het onderzoek is afgerond.',
  'U ontvangt de rapportage voor de zomer.',
  'De Kamer ontvangt na de zomer een brief over de uitvoering.',
  'Er komt dit najaar een onafhankelijk onderzoek naar de oorzaken.',
  'Er zal in het najaar een evaluatie van de wet plaatsvinden.',
  'Na de zomer informeer ik uw Kamer over de voortgang.',
  'Ik kom in het voorjaar met een voorstel.',
  'Ik zal de Kamer op de hoogte houden van de voortgang.',
  'Ik zal mijn ambtgenoot van Justitie vragen de mogelijkheden te onderzoeken.',
  'Ik ga na of de regeling voor de zomer kan worden aangepast.',
  'Het ministerie zal de betrokken partijen dit voorjaar uitnodigen voor een gesprek.',
  'Ik beoog het wetsvoorstel begin volgend jaar bij uw Kamer in te dienen.',
  'Er zal een wetsvoorstel komen dat de termijnen verkort.',
  'In de komende periode werken we de plannen uit.',
  'Wij sturen uw Kamer voor de zomer de resultaten.',
  'Zoals bekend zal ik uw Kamer voor de zomer informeren over de evaluatie.',
  'Dit wordt in 2025 betrokken bij de evaluatie van de wet.',
  'Uw Kamer ontvangt de evaluatie in het najaar.',
  'Ik ga na de zomer met de sector om tafel.',
  'Ik neem dit signaal mee in de eerstvolgende voortgangsbrief.',
];

const NOT_COMMITMENTS: string[] = [
  'Uw Kamer ontvangt jaarlijks een afschrift van het verslag.',
  'De lidstaten willen dat de richtlijn wordt herzien.',
  'Mijn inzet is dat de richtlijn wordt herzien.',
  "Ik zal hieronder nader ingaan op de verschillende scenario's.",
  'In deze brief ga ik in op de stand van zaken rond de regeling.',
  'Hierna zal ik de drie opties toelichten.',
  'Ik wil ervoor zorgen dat het draagvlak onder gemeenten groot blijft.',
  'Het kabinet wil zorgen voor een goede balans tussen de belangen.',
  'Ik ben niet van plan de regeling te wijzigen.',
  'Als er signalen zijn van misbruik, zal dit worden onderzocht.',
  'Wanneer er aanwijzingen zijn voor fraude, zal ik de inspectie vragen dit te onderzoeken.',
  'Ik neem de aanbevelingen mee.',
  'De cijfers worden opgenomen in de jaarlijkse monitor.',
  'De cijfers worden opgenomen in de rapportage.',
  'Deze afspraken zijn opgenomen in de brief van 5 maart.',
  'Daarnaast informeer ik u over de voortgang van het programma.',
  'Met deze brief informeer ik u over de voortgang van het programma.',
  'Hierbij ontvangt u de rapportage.',
  'Er komt geen nieuw onderzoek.',
  'Er komt veel kritiek op de regeling.',
  'Er zal een debat plaatsvinden in de Kamer.',
  'Ik blijf de situatie op de voet volgen.',
  'De minister van Financiën zal naar verwachting in mei een besluit nemen over de verkoop, zo meldde de NOS.',
  'Ik verwacht van gemeenten dat zij de regels zullen naleven.',
  'Het is aan de gemeenten om te bepalen of zij de regeling zullen openstellen.',
  'De provincie zal het plan in het najaar vaststellen.',
  'Ik ga ervan uit dat de provincies de afspraken nakomen.',
  'Wij zullen zien hoe de markt zich ontwikkelt.',
  'Ik zal het onderzoek nauwlettend volgen.',
  'Wij sturen u hierbij de rapportage.',
  'Daarnaast nemen we deel aan de Europese werkgroep.',
  'We komen tot de conclusie dat de regeling werkt.',
  'Wij informeren de Kamer jaarlijks over de voortgang.',
  'Het plan van aanpak is vorig jaar vastgesteld.',
  'Als er sprake is van een tekort, zal ik de regeling aanpassen.',
  'Deze maatregelen worden meegenomen bij de nieuwe aanpak.',
  'Het rapport is opgenomen in de bijlage bij deze brief.',
  'Er komt een einde aan de regeling.',
  'Er komt steeds meer onderzoek naar de effecten.',
  'Met deze brief ga ik in op de vragen van de commissie.',
  'De gemeente gaat de regels zelf uitwerken.',
  'Zoals hieronder toegelicht zijn de kosten gestegen.',
];

describe('second-round rules: commitments', () => {
  it.each(COMMITMENTS)('%s', (sentence) => {
    const found = commitmentInSentence(sentence);
    expect(found).not.toBeNull();
    expect(found?.construction).toBeDefined();
    expect(found?.confidence).toBeGreaterThan(0);
  });
});

describe('second-round rules: look-alikes', () => {
  it.each(NOT_COMMITMENTS)('%s', (sentence) => {
    expect(commitmentInSentence(sentence)).toBeNull();
  });
});

describe('the deferral formula', () => {
  const question = { number: 1, text: 'Kunt u reageren op de brief van de vereniging?' };
  it('is no promise in an answer that defers', () => {
    const answer =
      'Tot mijn spijt kan ik niet binnen de gebruikelijke termijn op dit verzoek reageren. Ik zal u mijn reactie zo spoedig mogelijk doen toekomen.';
    expect(extractCommitments([{ ...question, answer }])).toEqual([]);
  });
  it('is a promise in an answer that does not defer', () => {
    const answer = 'De vereniging heeft mij om een reactie gevraagd. Ik zal u mijn reactie zo spoedig mogelijk doen toekomen.';
    expect(extractCommitments([{ ...question, answer }])).toHaveLength(1);
  });
});

// A second batch in the same register: common promises that must keep working, and refusals, remits, third parties,
// expectations, waiting and monitoring that must stay out; "start/begint" with an act and a time phrase.
const MORE_COMMITMENTS: string[] = [
  'Ik zal uw Kamer hierover in de volgende voortgangsbrief nader informeren.',
  'Over de uitkomsten van dit gesprek zal ik uw Kamer informeren.',
  'De Staatssecretaris van Financiën zal uw Kamer hierover separaat informeren.',
  'Ik zal dit punt agenderen in de eerstvolgende Raad.',
  'Het kabinet zal voor de zomer met een reactie komen op het advies.',
  'Ik heb de NVWA gevraagd dit nader te onderzoeken en zal uw Kamer over de uitkomsten informeren.',
  'Uw Kamer wordt na afronding van het onderzoek over de resultaten geïnformeerd.',
  'Naar verwachting kan ik uw Kamer in het najaar over de uitkomsten informeren.',
  'Ik verwacht het rapport in het voorjaar aan uw Kamer te kunnen sturen.',
  'Ik ben voornemens de regeling per 1 januari aan te passen.',
  'De resultaten van de evaluatie worden voor het zomerreces aan uw Kamer gestuurd.',
  'Ik zeg toe dat ik uw Kamer voor de begrotingsbehandeling informeer over de stand van zaken.',
  'Wij zullen de mogelijkheden hiertoe verkennen.',
  'In overleg met de VNG zal ik bezien of de handreiking kan worden aangepast.',
  'Ik zal de minister van VWS vragen dit punt mee te nemen.',
  "Nog dit jaar start een pilot in drie regio's.",
  'Ik zal de uitkomsten van de evaluatie betrekken bij het wetsvoorstel dat ik in het najaar naar uw Kamer stuur.',
  'Ik ga met de betrokken partijen in overleg over de mogelijkheden.',
  'Het ministerie gaat de regeling evalueren.',
  'Ik heb het voornemen om de wet te wijzigen.',
  'De evaluatie wordt in 2025 uitgevoerd en uw Kamer ontvangt de resultaten.',
  'Ik zal bij de Europese Commissie aandringen op een snelle oplossing.',
  'In het najaar begint de evaluatie van de wet.',
  'Dit najaar start ik een onderzoek naar de oorzaken.',
];

const MORE_NOT_COMMITMENTS: string[] = [
  'Ik heb uw Kamer op 5 juli jl. geïnformeerd over de voortgang.',
  'De inspectie zal in het najaar een onderzoek instellen.',
  'Ik zal hier niet op vooruitlopen.',
  'Het is niet aan mij om daarover te oordelen.',
  'Ik zie geen aanleiding om de regeling aan te passen.',
  'De gemeente zal de komende maanden met de bewoners in gesprek gaan.',
  'Het kabinet blijft zich inzetten voor een sterke Europese aanpak.',
  'Ik heb er vertrouwen in dat partijen er samen uitkomen.',
  'Het onderzoek zal naar verwachting in het voorjaar worden afgerond.',
  'De verwachting is dat de wet op 1 januari 2026 in werking treedt.',
  'Mocht dit nodig zijn, dan zal ik aanvullende maatregelen nemen.',
  'Het kabinet zal de uitkomsten van het onderzoek afwachten.',
  'Zoals ik in mijn brief van 3 maart heb aangegeven, wordt de regeling per 1 juli aangepast.',
  'De NZa zal de tarieven voor 2025 in juni vaststellen.',
  'Ik zal u hieronder per vraag antwoorden.',
  'Op dit moment onderzoek ik de mogelijkheden om de regeling te verbeteren.',
  'Ik wil benadrukken dat de veiligheid voorop staat.',
  'Het kabinet wil dat iedereen mee kan doen.',
  'Daarover zal ik in gesprek blijven met de sector.',
  'De provincies zijn zelf verantwoordelijk voor de uitvoering en zullen hierover rapporteren.',
  'De evaluatie start zodra de wet een jaar in werking is, zo nodig eerder.',
  'Het onderzoek start met een literatuurstudie.',
  'De gemeente start in het voorjaar een pilot.',
  'Het schooljaar begint in september.',
  'De pilot start niet eerder dan in 2026.',
];

describe('second batch', () => {
  it.each(MORE_COMMITMENTS)('commitment: %s', (sentence) => {
    expect(commitmentInSentence(sentence)).not.toBeNull();
  });
  it.each(MORE_NOT_COMMITMENTS)('no commitment: %s', (sentence) => {
    expect(commitmentInSentence(sentence)).toBeNull();
  });
});

// A third batch: past and present look-alikes of receiving and informing, ongoing talks, routine reports, a condition of
// need after the promised verb (", mocht dat nodig blijken", ", als zij dat wensen"), "indien mogelijk" as a hedge,
// commissioning ("laat ik onderzoeken") and opening talks ("treed … in overleg") in the present.
const THIRD_COMMITMENTS: string[] = [
  'De overige evaluaties volgen in het najaar.',
  'Ik ben bereid om met de sector in gesprek te gaan over een oplossing.',
  'Ik zal u hierover voor de zomer een brief sturen.',
  'Hierover ontvangt uw Kamer voor het einde van het jaar een brief.',
  'De Kamer wordt hierover in de loop van 2025 geïnformeerd.',
  'Ik treed hierover in overleg met de Vereniging van Nederlandse Gemeenten.',
  'Ik zal uw Kamer jaarlijks informeren over de voortgang van het programma.',
  'Het kabinet zal dit najaar een wetsvoorstel indienen dat de positie van huurders versterkt.',
  'Voor het kerstreces stuur ik uw Kamer de kabinetsreactie op het advies.',
  'Ik zal mij er in Brussel voor inzetten dat de termijn wordt verlengd.',
  'Daarnaast laat ik onderzoeken of de regeling kan worden vereenvoudigd.',
  'Ik zal de Kamer informeren zodra er meer bekend is.',
  'Ik zal uw Kamer, indien mogelijk voor de zomer, informeren over de uitkomsten.',
  'Ik zal uw Kamer informeren, zodra het onderzoek is afgerond.',
];

const THIRD_NOT_COMMITMENTS: string[] = [
  'Wij volgen de ontwikkelingen de komende tijd nauwgezet.',
  'Ik zal het onderzoek de komende tijd volgen.',
  'Met deze brief informeer ik u over de stand van zaken.',
  'Met deze brief wil ik uw Kamer informeren over de voortgang van de aanpak.',
  'Ik ben graag bereid om uw vragen in een technische briefing toe te lichten, als de Kamer dat wenst.',
  'Hierover heeft uw Kamer op 12 maart een brief ontvangen.',
  'Uw Kamer is hierover op 12 maart geïnformeerd.',
  'Wij zijn in gesprek met de provincies over de uitvoering.',
  'De minister is hierover in gesprek met de sector.',
  'Ik acht het niet opportuun om hier nader onderzoek naar te doen.',
  'Ik ben niet voornemens de regeling te wijzigen.',
  'Een wetswijziging is niet nodig.',
  'De Tweede Kamer wordt jaarlijks geïnformeerd via het jaarverslag.',
  'Het kabinet werkt aan een wetsvoorstel dat de positie van huurders versterkt.',
  'De uitkomsten van het onderzoek worden verwacht in het voorjaar van 2025.',
  'Ik heb de Inspectie gevraagd om een onderzoek in te stellen.',
  'Het rapport verschijnt naar verwachting in het voorjaar.',
  'Deze afspraken worden jaarlijks geëvalueerd.',
  'Voor het kerstreces heb ik uw Kamer de kabinetsreactie op het advies gestuurd.',
  'Nederland zet zich in Brussel in voor een verlenging van de termijn.',
  'Daarnaast laat ik u weten dat de regeling per 1 januari is vereenvoudigd.',
  'De Kamer zal zich over het wetsvoorstel uitspreken.',
  'Het is aan uw Kamer om hierover een besluit te nemen.',
  'Ik zal de regeling aanpassen, mocht dat nodig blijken.',
  'Ik zal de ambassade vragen contact op te nemen met de familie, als zij dat wensen.',
];

describe('third batch', () => {
  it.each(THIRD_COMMITMENTS)('commitment: %s', (sentence) => {
    expect(commitmentInSentence(sentence)).not.toBeNull();
  });
  it.each(THIRD_NOT_COMMITMENTS)('no commitment: %s', (sentence) => {
    expect(commitmentInSentence(sentence)).toBeNull();
  });
});

describe('a promise the letter keeps itself', () => {
  const question = { number: 1, text: 'Voortgang van de aanpak' };
  it('is not recorded when the letter says it is the fulfilment', () => {
    const answer = 'In het debat van 3 maart heb ik toegezegd uw Kamer voor de zomer te informeren over de voortgang. Deze brief dient daartoe.';
    expect(extractCommitments([{ ...question, answer }])).toEqual([]);
  });
  it('is recorded when the letter does not say so', () => {
    const answer = 'In het debat van 3 maart heb ik toegezegd uw Kamer voor de zomer te informeren over de voortgang. Het onderzoek loopt nog.';
    expect(extractCommitments([{ ...question, answer }])).toHaveLength(1);
  });
});

// A fourth batch in the register of answers to written questions: "Ja, ik zal …", pointers to other answers, the past
// against the future of the same act, routine duties of others, and a "now" that belongs to another conjunct
// ("… op dit moment juridisch verkennen en informeer uw Kamer voor de zomer").
const FOURTH_COMMITMENTS: string[] = [
  'Ja, ik zal de NVWA vragen hier extra op te controleren.',
  "Ik zal dit onder de aandacht brengen van mijn Europese collega's.",
  'Ik heb de Inspectie gevraagd hier onderzoek naar te doen en zal uw Kamer over de uitkomsten informeren zodra deze bekend zijn.',
  'De minister van Buitenlandse Zaken zal dit punt opbrengen tijdens de Raad Buitenlandse Zaken van 14 november.',
  'Ik ben bereid dit in het overleg met de sector aan de orde te stellen.',
  'Het kabinet zal de Tweede Kamer in het voorjaar van 2026 een evaluatie van de maatregel sturen.',
  'Ik zal hierover contact opnemen met de burgemeester van Rotterdam.',
  'Mijn ministerie zal de gemeenten een handreiking sturen.',
  'Ik zal de resultaten van het onderzoek, dat naar verwachting in maart gereed is, met uw Kamer delen.',
  'In de eerstvolgende voortgangsbrief zal ik nader ingaan op de uitvoering van deze motie.',
  'Ik laat de mogelijkheden voor een verbod op dit moment juridisch verkennen en informeer uw Kamer voor de zomer over de uitkomst.',
  'Ik ga de gemeente vragen de situatie opnieuw te bekijken.',
  'Momenteel bespreek ik dit met de sector en informeer ik de provincies voor de zomer.',
];

const FOURTH_NOT_COMMITMENTS: string[] = [
  'Ja, dat heb ik op 3 oktober jl. gedaan.',
  'Ik heb de Inspectie gevraagd hier onderzoek naar te doen.',
  'Zoals in het antwoord op vraag 3 aangegeven, is de regeling per 1 januari aangepast.',
  'Ik verwijs u naar mijn antwoord op vraag 2.',
  'Zie het antwoord op vraag 4.',
  'Nee, ik zie daar geen aanleiding toe.',
  'Ik ben niet bereid de regeling aan te passen.',
  'Het kabinet heeft de Tweede Kamer in het voorjaar van 2024 een evaluatie van de maatregel gestuurd.',
  'Gemeenten kunnen hierbij gebruikmaken van de handreiking.',
  'De politie zal hier in de regel proces-verbaal van opmaken.',
  'Het onderzoek is naar verwachting in maart gereed.',
  'In de brief van 12 juni ben ik nader ingegaan op de uitvoering van deze motie.',
  'De NZa houdt toezicht op de naleving van de regels.',
  'Deze signalen neem ik serieus.',
  'Ik ga ervan uit dat de gemeente hier zorgvuldig mee omgaat.',
  'Hierbij stuur ik u de rapportage en informeer ik u over de planning voor de zomer.',
];

describe('fourth batch', () => {
  it.each(FOURTH_COMMITMENTS)('commitment: %s', (sentence) => {
    expect(commitmentInSentence(sentence)).not.toBeNull();
  });
  it.each(FOURTH_NOT_COMMITMENTS)('no commitment: %s', (sentence) => {
    expect(commitmentInSentence(sentence)).toBeNull();
  });
});

// A fifth batch, written for the rules of the fifth round (from the blind misses of corpus 70–72 and 86, none of them
// copied): "ga … in op" is the separable "ingaan op" — addressing a subject, which this very letter does unless a time
// phrase names a later text; taking part in a debate of the Kamer is one's role in it, not an act promised to it;
// striving for a standard of conduct ("zo zorgvuldig mogelijk") describes how one works unless a time phrase names an
// act; readiness ("gereed/klaar om … te") announces an act only with its date; a ministry named by its portfolio or
// abbreviation ("Defensie", "OCW") acts for the government.
const FIFTH_COMMITMENTS: string[] = [
  'In de voortgangsbrief van dit najaar ga ik in op de resultaten van de pilot.',
  'Voor de zomer ga ik in de evaluatiebrief nader in op de knelpunten die gemeenten noemen.',
  'Het ministerie is gereed om in maart de nieuwe regeling te publiceren.',
  'Mijn ministerie is klaar om volgend jaar de eerste contracten te gunnen.',
  'Defensie zal uw Kamer voor het zomerreces informeren over de uitkomst van de aanbesteding.',
  'OCW stuurt de Kamer na de zomer de eerste resultaten van de monitor.',
  'Ik streef ernaar uw Kamer zo spoedig mogelijk over de uitkomst te informeren.',
  'Ik streef ernaar de regeling voor de zomer zo goed mogelijk aan te passen.',
  'De staatssecretaris zal deelnemen aan het overleg met de provincies over de uitvoering.',
  'Ik zal de conferentie in Brussel bijwonen en uw Kamer daarna over de uitkomsten informeren.',
];

const FIFTH_NOT_COMMITMENTS: string[] = [
  'Met deze brief ga ik in op het verzoek van de commissie om aan te geven wanneer het rapport kan worden verzonden.',
  'Hieronder ga ik achtereenvolgens in op de drie vragen van de commissie.',
  'In deze reactie ga ik eerst in op de conclusies van het rapport.',
  'Ik ga niet in op individuele zaken.',
  'De minister zal namens het kabinet deelnemen aan het debat over de voorjaarsnota.',
  'De staatssecretaris zal het commissiedebat over de jeugdzorg bijwonen.',
  'Bij de uitvoering van de regeling streef ik ernaar zo zorgvuldig mogelijk met de signalen van burgers om te gaan.',
  'Het kabinet streeft ernaar zo transparant mogelijk te communiceren over de besluiten.',
  'Wij zijn klaar om gemeenten te helpen bij de opvang.',
  'De sector is gereed om de nieuwe eisen toe te passen.',
  'Het ministerie is nog niet gereed om de regeling te publiceren.',
  'Bij de defensie-uitgaven zal de norm van twee procent worden gehaald.',
];

describe('fifth batch', () => {
  it.each(FIFTH_COMMITMENTS)('commitment: %s', (sentence) => {
    expect(commitmentInSentence(sentence)).not.toBeNull();
  });
  it.each(FIFTH_NOT_COMMITMENTS)('no commitment: %s', (sentence) => {
    expect(commitmentInSentence(sentence)).toBeNull();
  });
});

// A sixth batch, written for the rules of the sixth round (from the blind misses of corpus 91, none of them copied):
// the impersonal passive "is toegezegd om … te" recalls a promise still to be kept, as "is toegezegd dat …" does; a
// promise recalled as made by mistake ("per abuis", "een misverstand", "ten onrechte") is withdrawn, and so is what it
// said would happen.
const SIXTH_COMMITMENTS: string[] = [
  'In het commissiedebat van maart is toegezegd om de regeling voor de zomer te evalueren.',
  'In mijn brief van 3 juni is toegezegd om de gemeenten een handreiking te sturen.',
  'Tijdens het debat is toegezegd om een onafhankelijk onderzoek te laten uitvoeren.',
];

const SIXTH_NOT_COMMITMENTS: string[] = [
  'Per abuis is toegezegd dat de evaluatie voor de zomer aan uw Kamer wordt gestuurd.',
  'Door een vergissing is in de vorige brief toegezegd om de cijfers in het voorjaar te publiceren.',
  'Ten onrechte is aangekondigd dat de regeling per 1 januari wordt aangepast.',
  'Er is sprake geweest van een misverstand, waardoor is toegezegd dat u de rapportage in maart ontvangt.',
  'Het is om die reden toegezegd.',
  'In de brief is niet toegezegd om een onderzoek te doen.',
];

describe('sixth batch', () => {
  it.each(SIXTH_COMMITMENTS)('commitment: %s', (sentence) => {
    expect(commitmentInSentence(sentence)).not.toBeNull();
  });
  it.each(SIXTH_NOT_COMMITMENTS)('no commitment: %s', (sentence) => {
    expect(commitmentInSentence(sentence)).toBeNull();
  });
});

// A seventh batch, written for the rules of the seventh round (from the blind misses of corpus 97, 99 and 101, none of
// them copied): the Kamer addressed as "u" after a passive "wordt" is the receiver; "De toezegging is dat …" names the
// content of a promise; a modal passive ("zodat … kan worden") states a purpose; and in a letter that says a term could
// not be met, the promise recalled from an earlier message is the one being re-dated (the whole answer is checked).
const SEVENTH_COMMITMENTS: string[] = [
  'Na de zomer wordt u geïnformeerd over de uitkomsten van de pilot.',
  'Voor 1 oktober wordt u nader bericht over de planning.',
  'De toezegging is dat ik uw Kamer voor de zomer informeer over de evaluatie.',
  'De toezegging was dat de Kamer in het najaar een brief ontvangt over de voortgang.',
];

const SEVENTH_NOT_COMMITMENTS: string[] = [
  'Met deze brief wordt u geïnformeerd over de stand van zaken.',
  'De stukken zijn verzonden, zodat deze voor het commissiedebat van 12 maart geagendeerd kunnen worden.',
  'Het rapport is openbaar, zodat het tijdens het debat in juni door uw Kamer kan worden besproken.',
  'De toezegging is niet dat ik de regeling aanpas.',
];

describe('seventh batch', () => {
  it.each(SEVENTH_COMMITMENTS)('commitment: %s', (sentence) => {
    expect(commitmentInSentence(sentence)).not.toBeNull();
  });
  it.each(SEVENTH_NOT_COMMITMENTS)('no commitment: %s', (sentence) => {
    expect(commitmentInSentence(sentence)).toBeNull();
  });

  it('in a letter that could not meet a term, keeps the new date and drops the promise recalled from the earlier message', () => {
    const answer =
      'In mijn brief van 2 maart heb ik u gemeld dat ik uw Kamer voor 1 juni een notitie zal sturen over de varianten. Het is helaas niet mogelijk gebleken om dit binnen de gestelde termijn te doen. Ik verwacht u de notitie uiterlijk 1 juli te sturen.';
    const found = extractCommitments([{ number: 1, text: 'Notitie over de varianten', answer }]);
    expect(found.map((c) => c.dueText)).toEqual(['uiterlijk 1 juli']);
  });

  it('outside such a letter, the government reporting its own promise still promises', () => {
    const answer = 'In mijn brief van 2 maart heb ik u gemeld dat ik uw Kamer voor 1 juni een notitie zal sturen over de varianten.';
    expect(extractCommitments([{ number: 1, text: 'Notitie', answer }])).toHaveLength(1);
  });
});

// An eighth batch, written for the rules of the eighth round (from the blind misses of corpus 88, 102 and 103, none of
// them copied): the impersonal passive "is toegezegd" with an infinitive or a promised document, also after an aside
// between commas; the government's own earlier message with a te-infinitive ("heeft … laten weten u … te informeren",
// "heb ik aangegeven … te"); and in a letter deferring a reply to a committee's request, the reply with its date is the
// deferral formula, while a deferred promise or motion keeps its new date.
const EIGHTH_COMMITMENTS: string[] = [
  'In de brief van maart is toegezegd de Kamer voor de zomer te informeren over de evaluatie.',
  'In het debat is uw Kamer een brief over de uitvoering toegezegd.',
  'Daarnaast is, in antwoord op vragen van de leden Van Dijk en Leijten, uw Kamer voor de begroting een rapportage toegezegd.',
  'De minister heeft uw Kamer laten weten u na de zomer te informeren over de uitkomsten.',
  'Ik heb eerder aangegeven de regeling voor 1 januari aan te passen.',
];

const EIGHTH_NOT_COMMITMENTS: string[] = [
  'Ik heb aangegeven hiertoe bereid te zijn.',
  'In mijn vorige brief heb ik aangegeven welke maatregelen worden genomen om de handhaving te verbeteren.',
  'Gemeenten hebben aangegeven de regeling niet meer te zullen toepassen.',
  'De minister heeft laten weten dat de regeling is aangepast.',
  'Ik heb niet aangegeven de regeling aan te passen.',
];

describe('eighth batch', () => {
  it.each(EIGHTH_COMMITMENTS)('commitment: %s', (sentence) => {
    expect(commitmentInSentence(sentence)).not.toBeNull();
  });
  it.each(EIGHTH_NOT_COMMITMENTS)('no commitment: %s', (sentence) => {
    expect(commitmentInSentence(sentence)).toBeNull();
  });

  it('deferring the reply to a request of a committee, the reply with its date is no new promise', () => {
    const answer =
      'Hierbij bericht ik uw Kamer dat het verzoek van de commissie om een brief over de regeling niet binnen de gestelde termijn kan worden voldaan. De afstemming met de andere ministeries vraagt meer tijd. Ik streef ernaar de brief voor 1 maart aan uw Kamer te sturen.';
    expect(extractCommitments([{ number: 1, text: 'Verzoek om een brief', answer }])).toEqual([]);
  });

  it('deferring the execution of a motion, the new date stays open', () => {
    const answer =
      'Aan de motie van het lid Jansen kan niet voor de gestelde termijn uitvoering worden gegeven. Voor de uitwerking is meer tijd nodig. Ik zal uw Kamer voor 1 juli informeren.';
    expect(extractCommitments([{ number: 1, text: 'Motie Jansen', answer }]).map((c) => c.dueText)).toEqual(['voor 1 juli']);
  });
});

// A ninth batch, written for the rules of the ninth round (from the blind misses of batch A, corpus 200–263, none of
// them copied): choosing to do an act ("kiest ervoor om … te"), proceeding to one ("wil overgaan tot"), taking part in a
// meeting of others, continuing to inform the Kamer in the present, a present act with "zo snel als mogelijk" or a span
// of years; and the look-alikes: the purpose of what was just described ("op deze manier wil …", "hiermee wil ik …"),
// the agenda of a meeting ("Tijdens de Raad zal … worden besproken", "zullen de ministers van … spreken"), the Kamer's
// own request, this very letter ("Door middel van deze brief wil ik …") and a document sent with it (one already made:
// published, or numbered as a Kamerstuk).
const NINTH_COMMITMENTS: string[] = [
  'Het kabinet kiest ervoor om de norm volgend jaar in de wet op te nemen.',
  'Ik kies ervoor de regeling in 2026 te verlengen.',
  'De Minister van Defensie is voornemens deel te nemen aan de bijeenkomst van de NAVO.',
  'Ik ben voornemens aan de Raad deel te nemen.',
  'Wij blijven de Kamer informeren over de onderhandelingen.',
  'Ik blijf uw Kamer informeren over de voortgang van het programma.',
  'Ik voer de maatregelen zo snel als mogelijk uit.',
  'De komende tien jaar vervangt Defensie de helikoptervloot.',
  'Het kabinet wil overgaan tot de aanschaf van nieuwe fregatten.',
  'Tijdens de Raad zal ik aandacht vragen voor de positie van minderheden.',
  'Ik stuur uw Kamer voor de zomer het rapport van de inspectie.',
  'Ik stuur uw Kamer een brief over de uitkomsten.',
];

const NINTH_NOT_COMMITMENTS: string[] = [
  'Het kabinet wil op deze manier de ondernemers zekerheid bieden.',
  'Hiermee wil ik de gemeenten duidelijkheid geven over de bekostiging.',
  'Tijdens de Raad zal de voortgang van de strategie worden besproken.',
  'Tijdens de top zal het actieplan worden geëvalueerd.',
  'Uw Kamer heeft verzocht om voor de zomer een brief te ontvangen over de uitvoering.',
  'De commissie heeft gevraagd de Kamer binnen vier weken te informeren.',
  'Tevens stuur ik uw Kamer het rapport dat de inspectie op 3 april heeft gepubliceerd.',
  'Daarnaast zend ik u de nota van wijziging op het wetsvoorstel (Kamerstuk 36 100, nr. 5).',
  'Door middel van deze brief wil ik u informeren over drie onderwerpen.',
  'Middels deze brief wil ik uw Kamer informeren over de stand van zaken.',
  'Tijdens de bijeenkomst zullen de ministers van Financiën spreken over de begrotingsregels.',
];

describe('ninth batch', () => {
  it.each(NINTH_COMMITMENTS)('commitment: %s', (sentence) => {
    expect(commitmentInSentence(sentence)).not.toBeNull();
  });
  it.each(NINTH_NOT_COMMITMENTS)('no commitment: %s', (sentence) => {
    expect(commitmentInSentence(sentence)).toBeNull();
  });
});

// A tenth batch, written for the rules of the tenth round (from the blind misses of batches B and C, corpus 300–409 and
// 600–644, none of them copied): the finite verb before its subject after a fronted subordinate clause is the main
// clause's ("Zoals ik heb gemeld, stuur ik …", "In die brief wil ik …"); an intention named as a noun ("De intentie is
// om … te"); a future passive with a participle outside the lexicon ("zal worden gedekt"); being informed or receiving
// later ("separaat", "na afronding"); taking up into a coming estimate or decision. And the look-alikes: a letter that
// opens by recalling the promise it keeps, "Hierbij wil ik u informeren", "Met deze voortgangsbrief wordt uw Kamer
// geïnformeerd", "Daarnaast wordt uw Kamer geïnformeerd over …" (this letter), answering in the debate ("in mijn eerste
// termijn"), the order of this letter ("Eerst wil ik ingaan op", "Daarna geef ik aan"), telling now ("Overigens meld ik
// u …"), a strong past before "ik", a copy of a letter sent with this one, a verb after "hoe" in what is wanted, an
// intention recalled as said, and "Zoals ik eerder heb aangegeven, is het …".
const TENTH_COMMITMENTS: string[] = [
  'Zoals ik in mijn vorige brief heb gemeld, stuur ik u zo spoedig mogelijk een reactie op het advies.',
  'In die brief wil ik ook ingaan op de plannen voor de regio.',
  'De intentie is om de regeling in drie gemeenten te beproeven.',
  'Het is mijn intentie om de wet volgend jaar te evalueren.',
  'De extra kosten zullen vooralsnog worden gedekt uit de reserve van het fonds.',
  'U ontvangt separaat de beleidsreactie op het rapport.',
  'Uw Kamer wordt na afronding van de evaluatie over de uitkomsten geïnformeerd.',
  'In de komende ramingen worden de effecten van de maatregel meegenomen.',
];

const TENTH_NOT_COMMITMENTS: string[] = [
  'Hierbij wil ik uw Kamer informeren over de stand van zaken van het programma.',
  'Met deze voortgangsbrief wordt uw Kamer geïnformeerd over de ontwikkelingen in het stelsel.',
  'Daarnaast wordt uw Kamer geïnformeerd over de uitvoering van de motie.',
  'In mijn eerste termijn zal ik op de overige vragen nader ingaan.',
  'Eerst wil ik kort ingaan op de achtergrond van het programma.',
  'Daarna geef ik aan wat de uitkomsten betekenen voor het beleid.',
  'Overigens meld ik u dat het onderzoek vanaf 2019 is uitgevoerd.',
  'Op 4 april ontving ik het rapport van de commissie.',
  'Ik stuur u een afschrift van mijn brief aan de gemeenten.',
  'Met deze campagne willen we laten zien hoe belangrijk het is de regels na te leven.',
  'In het debat heb ik het voornemen uitgesproken om de regeling te herzien.',
  'Zoals ik eerder heb aangegeven, is het mijn prioriteit om de wachttijden te verkorten.',
];

describe('tenth batch', () => {
  it.each(TENTH_COMMITMENTS)('commitment: %s', (sentence) => {
    expect(commitmentInSentence(sentence)).not.toBeNull();
  });
  it.each(TENTH_NOT_COMMITMENTS)('no commitment: %s', (sentence) => {
    expect(commitmentInSentence(sentence)).toBeNull();
  });

  it('a letter that opens by recalling a promise keeps it; the same recall in a short answer points to an open one', () => {
    const letter =
      'Tijdens het commissiedebat van 3 maart heb ik toegezegd uw Kamer te informeren over de wachtlijsten. Met deze brief doe ik dat. De wachtlijsten zijn het afgelopen jaar gegroeid. Vooral in de jeugdzorg is de groei groot. Gemeenten melden tekorten. De cijfers staan in de bijlage.';
    expect(extractCommitments([{ number: 1, text: 'Wachtlijsten', answer: letter }])).toEqual([]);
    const answer = 'Tijdens het commissiedebat van 3 maart heb ik toegezegd uw Kamer te informeren over de wachtlijsten.';
    expect(extractCommitments([{ number: 1, text: 'Wachtlijsten', answer }])).toHaveLength(1);
  });
});

// An eleventh batch, written for the rules of the eleventh round (from the misses of corpus 344, 400, 404 and 617, none
// of them copied): a future passive with a separable participle ("zal … ingezet worden"), "doen" standing for an act
// named before ("Ik zal dit … doen"), an event announced after "er" ("volgt er in de zomer besluitvorming"), and a
// routine promised ("Zoals toegezegd … wordt u twee keer per jaar geïnformeerd"); and what stays out: a process ending
// ("zal worden afgerond"), a reading ("zal worden opgevat als"), and a routine only described.
const ELEVENTH_COMMITMENTS: string[] = [
  // "te zijner tijd" (in due course) is later than this letter, like "nader": written after batch E showed the tenth
  // round had stopped reading it so
  'De Kamer wordt te zijner tijd over de uitkomsten van de verkenning geïnformeerd.',
  'In 2026 zal het extra budget ingezet worden voor de opvang in de regio.',
  'Ik zal dit ieder jaar voor de zomer doen.',
  'Daarnaast volgt er in het najaar besluitvorming over de verdeling van de middelen.',
  'Zoals toegezegd in het commissiedebat wordt u twee keer per jaar geïnformeerd over de voortgang.',
];

const ELEVENTH_NOT_COMMITMENTS: string[] = [
  // regressions the labelled set showed: a word before the actor after the clause's finite verb, and a participle in a
  // clause that "zal" embeds
  'Op 9 februari is vanuit mijn ministerie een uitnodiging naar de sector gestuurd.',
  'De gemeente zal bezien of de regeling kan worden uitgebreid.',
  'Het onderzoek zal naar verwachting in het najaar worden afgerond.',
  'Daarom zal het begrip in deze regeling worden opgevat als een maximum.',
  'De Kamer wordt twee keer per jaar geïnformeerd over de voortgang van het programma.',
  'Ik zal dat niet doen.',
];

describe('eleventh batch', () => {
  it.each(ELEVENTH_COMMITMENTS)('commitment: %s', (sentence) => {
    expect(commitmentInSentence(sentence)).not.toBeNull();
  });
  it.each(ELEVENTH_NOT_COMMITMENTS)('no commitment: %s', (sentence) => {
    expect(commitmentInSentence(sentence)).toBeNull();
  });
});
