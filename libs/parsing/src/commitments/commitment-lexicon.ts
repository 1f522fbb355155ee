// Word lists of the extractor (lower case). Verbs are listed as written in the sentence: infinitives for
// "zal … informeren", participles for "zal … worden meegenomen", present forms for "ik stuur … toe".

const words = (list: string): Set<string> => new Set(list.split(/\s+/).filter((w) => w !== ''));

/** Infinitives of definite actions: a promise with one of these is `firm`. */
export const FIRM_VERBS = words(`
  sturen toesturen versturen nasturen doorsturen zenden toezenden verzenden informeren berichten rapporteren
  terugkoppelen terugrapporteren verzoeken vragen onderzoeken uitzoeken nagaan navragen opvragen inventariseren
  evalueren uitwerken publiceren voorleggen meenemen opnemen betrekken opbrengen aankaarten aanspreken agenderen
  bespreken aandringen uitnodigen opstellen aanpassen wijzigen intrekken openstellen uitvoeren organiseren delen
  verstrekken toelichten ingaan reageren aanbieden doorgeven overbrengen aanleveren benaderen oproepen overleggen
  afstemmen spreken wenden zorgen indienen voorstellen herzien aanscherpen laten terugkomen uitbrengen
  verschaffen vastleggen regelen verduidelijken contacteren consulteren raadplegen bevragen actualiseren
  aanvullen uitbreiden invoeren instellen opzetten starten ontwikkelen toetsen analyseren nakijken
  opdragen verzamelen rondsturen melden mededelen aankondigen uitdragen bepleiten inbrengen opvolgen uitvragen
  beschrijven schetsen presenteren aanreiken terugkomen aangaan
  nakomen leveren besteden verhogen verlagen verlengen afschaffen
  deelnemen overgaan vervangen
`);

/** Infinitives of considering and striving: a promise made only with these is `soft`. */
export const SOFT_VERBS = words(`
  verkennen bezien bekijken overwegen afwegen heroverwegen kijken nadenken beraden bestuderen beoordelen inzetten
  proberen trachten pogen streven
`);

/** Verbs that say little alone and count only next to one of their companion words ("afschrift geven"). */
export const GENERIC_VERBS = words('geven maken nemen brengen stellen houden doen leggen zetten treden gaan komen voeren');

export const COMPANIONS = words(`
  afschrift inzicht uitvoering invulling reactie opdracht inzichtelijk kenbaar bekend afspraken werk contact
  maatregelen initiatief kaart beeld aandacht sprake hoogte orde beschikbaar gesprek gesprekken overleg onderzoek
  toekomen voorstel voorstellen verslag stappen gang kaak brief zorg navraag overweging ogenschouw beschouwing
  kabinetsreactie appreciatie plan wetsvoorstel uitwerking terugkoppeling toelichting duidelijkheid helderheid sterk besluit beslissing keuze
  hand procedure
`);

/** Companions that make a generic verb a considering one ("in overweging nemen"). */
export const SOFT_COMPANIONS = words('overweging ogenschouw beschouwing sterk');

/** Participles of a passive promise ("de Kamer zal … geïnformeerd worden", "zal daarbij worden meegenomen"). */
export const FIRM_PARTICIPLES = words(`
  geïnformeerd meegenomen toegezonden toegestuurd gestuurd verstuurd verzonden voorgelegd onderzocht uitgezocht
  nagegaan uitgewerkt betrokken gepubliceerd geëvalueerd besproken opgebracht aangekaart geagendeerd opgenomen
  aangepast gedeeld gerapporteerd teruggekoppeld opgesteld uitgevoerd geïnventariseerd aangeboden verstrekt
  toegelicht ingediend gevraagd verzocht benaderd uitgenodigd georganiseerd opgepakt bericht gemeld
  besteed verhoogd verlaagd verlengd ingevoerd gewijzigd geleverd afgeschaft gestart
  nagezonden nagestuurd doorgezonden doorgestuurd aangeleverd verwerkt
`);
export const SOFT_PARTICIPLES = words('bezien bekeken verkend overwogen afgewogen bestudeerd beoordeeld');

/** Present forms that promise when a future time phrase goes with them ("Ik informeer u hier zo spoedig mogelijk over"). */
export const PRESENT_ACTIONS = new Map<string, string>([
  ...pairs('stuur stuurt', 'sturen'),
  ...pairs('zend zendt', 'zenden'),
  ...pairs('informeer informeert', 'informeren'),
  ...pairs('rapporteer rapporteert', 'rapporteren'),
  ...pairs('verzoek verzoekt', 'verzoeken'),
  ...pairs('deel deelt', 'delen'),
  ...pairs('publiceer publiceert', 'publiceren'),
  ...pairs('bied biedt', 'aanbieden'),
  ...pairs('leg legt', 'voorleggen'),
  ...pairs('kom komt', 'komen'),
  ...pairs('laat', 'laten'),
  ...pairs('neem neemt', 'nemen'),
  ...pairs('werk werkt', 'uitwerken'),
  ...pairs('breng brengt', 'brengen'),
  ...pairs('maak maakt', 'maken'),
  ...pairs('onderzoek onderzoekt', 'onderzoeken'),
  ...pairs('verken verkent', 'verkennen'),
  ...pairs('bekijk bekijkt', 'bekijken'),
  ...pairs('bezie beziet', 'bezien'),
  ...pairs('evalueer evalueert', 'evalueren'),
  ...pairs('organiseer organiseert', 'organiseren'),
  ...pairs('treed treedt', 'treden'),
  ...pairs('ga gaat', 'gaan'),
  ...pairs('vraag vraagt', 'vragen'),
  ...pairs('houd houdt', 'houden'),
  ...pairs('voer voert', 'uitvoeren'),
]);

/** First-person plural present forms (the infinitive's form), a cue only next to "we/wij": "Deze lessen nemen we mee
 *  in volgende projecten", "Wij sturen uw Kamer voor de zomer …". Elsewhere these words are infinitives. */
export const PLURAL_PRESENT = new Map<string, string>([
  ['sturen', 'sturen'],
  ['zenden', 'zenden'],
  ['informeren', 'informeren'],
  ['delen', 'delen'],
  ['nemen', 'nemen'],
  ['brengen', 'brengen'],
  ['komen', 'komen'],
  ['onderzoeken', 'onderzoeken'],
  ['bieden', 'aanbieden'],
  ['leggen', 'voorleggen'],
  ['werken', 'uitwerken'],
  ['verkennen', 'verkennen'],
  ['bekijken', 'bekijken'],
  ['evalueren', 'evalueren'],
  ['vragen', 'vragen'],
  ['organiseren', 'organiseren'],
  ['publiceren', 'publiceren'],
  ['rapporteren', 'rapporteren'],
]);
export const WE = words('we wij');

/** Present forms that inform the Kamer: a promise without a time phrase too ("Ik informeer uw Kamer zodra …"). */
export const INFORMING_PRESENT = words('informeer informeert stuur stuurt zend zendt houd houdt informeren sturen zenden');
/** Present forms of sending: without a time phrase they promise a document still to be made ("Ik stuur uw Kamer een
 *  brief over …"), not one that exists and goes with this letter ("Tevens stuur ik uw Kamer het rapport dat de inspectie
 *  heeft gepubliceerd", "Daarnaast zend ik u de nota van wijziging (Kamerstuk …)"). */
export const SENDING_PRESENT = words('stuur stuurt zend zendt sturen zenden');

/** Meetings of others (the Council of the EU, a summit, NATO): what "zal worden besproken" or what "de ministers van …
 *  zullen spreken over" there is the meeting's agenda, not an act the government promises the Kamer. */
export const OTHERS_MEETINGS = words(`
  raad raden top bijeenkomst vergadering conferentie ministersconferentie eurogroep ecofin raz rbz jbz navo-top
  eu-top g20 g7 sessie zitting
`);
/** Verbs and participles of talking at a meeting. */
export const TALKING = words('spreken bespreken discussiëren praten besproken gesproken gediscussieerd');

/** Openings of a clause that make "wil" the purpose of what was just described ("Hiermee wil ik de gemeenten
 *  duidelijkheid geven", "Op deze manier wil het kabinet …"), not an act still to come. */
export const PURPOSE_OPENERS = words('hiermee daarmee zodoende hierdoor daardoor aldus');

function pairs(forms: string, infinitive: string): [string, string][] {
  return forms.split(' ').map((f) => [f, infinitive]);
}

/** Separable particles: "aan te passen" is "aanpassen", "toe te sturen" is "toesturen". */
export const PARTICLES = words('aan op in uit toe voor na mee terug door af over bij om vast deel');

/** Verbs that never carry a promise by themselves (modal, copula, monitoring, happening). */
export const NON_ACTION_VERBS = words(`
  zijn hebben worden blijven kunnen moeten mogen willen gaan komen gebeuren leiden gelden bestaan staan liggen
  volgen monitoren betekenen duren veranderen verschillen toenemen afnemen dalen stijgen houden doen zeggen hoeven
  lukken krijgen zien vinden denken achten hopen verwachten weten begrijpen kennen menen blijken lijken heten tellen
  vallen beschikken afwachten wachten maken nemen geven brengen stellen leggen zetten
`);

export const NEGATIONS = words('niet geen nooit geenszins niets');
export const REFLEXIVES = words('zich mij me ons');
export const DETERMINERS = words('de het een deze die dit dat uw mijn onze haar zijn hun alle elke ieder welke');

/** Words that open a subordinate clause. */
export const SUBORDINATORS = words(`
  dat die of omdat zodat wanneer als indien nadat zodra hoe wat welke waarin waarover waarop waarmee waarbij
  waarna waarvan waardoor waaruit waarvoor zoals terwijl voordat totdat mits tenzij
`);
/** Words after which a second promised verb is no longer part of the same promise. */
export const COMPLEMENTIZERS = words(`
  of dat om hoe wat welke zodat omdat die waarin waarover waarop waarmee waarbij waarna waarvan waardoor indien als
  wanneer zodra nadat
`);

/** Markers of a condition that leaves the action open ("indien nodig", "mocht …", "wanneer nodig"). */
export const CONDITION_MARKERS = words('indien mocht mochten zonodig desgewenst desgevraagd eventueel');
/** Words that make an "als"/"wanneer" clause a condition of need rather than a moment in time. */
export const NEED_WORDS = words('nodig noodzakelijk aanleiding wenselijk gewenst opportuun blijkt blijken geboden wenst wensen');
/** Words that make an "als"/"wanneer" clause a hypothesis rather than a moment that will come: "als er signalen zijn
 *  van misbruik, zal dit worden onderzocht" promises nothing unless the signals come; "als het onderzoek is afgerond"
 *  names a moment that will. */
export const HYPOTHESIS_WORDS = words('signalen signaal aanwijzingen aanwijzing klachten klacht vermoedens vermoeden sprake');

/** Verbs of an aim rather than an act: "Ik wil ervoor zorgen dat …", "Het kabinet wil bijdragen aan …". After "willen"
 *  they state a wish (issue 12: aims and wishes are no commitments); after "zal" they stay acts ("zal ervoor zorgen dat
 *  uw Kamer … ontvangt"). */
export const AIM_VERBS = words('zorgen bijdragen');

/** Taking part in a debate of the Kamer: the Kamer's own agenda, which a member of the government does not promise
 *  the Kamer ("De Minister van Financiën zal vanuit deze rol ook deelnemen aan het debat", issue 12: statements of
 *  one's own role). Meeting others stays an act ("zal deelnemen aan het overleg met de provincies"), so only the
 *  Kamer's meetings are named, not "overleg". */
export const ATTENDING = words('deelnemen bijwonen aanschuiven');
export const KAMER_MEETINGS = words(`
  debat debatten commissiedebat plenaire tweeminutendebat wetgevingsoverleg notaoverleg hoorzitting rondetafelgesprek
  vragenuur begrotingsbehandeling
`);

/** "zo efficiënt mogelijk", "zo goed mogelijk": after "streven" a standard of conduct, which describes how one works
 *  rather than an act to come ("Bij de beantwoording van Kamervragen streef ik ernaar zo efficiënt mogelijk …"). Words
 *  of speed make a time phrase instead ("zo spoedig mogelijk"), so they are not such a standard. */
export const SPEED = words('spoedig snel vlug tijdig spoedigst snelst');

/** Words that point inside the document itself: "Ik zal hieronder toelichten …", "Hierna ga ik in op …" promise
 *  nothing after the answer, the telling happens in it. */
export const IN_DOCUMENT = words('hieronder hierna hierboven onderstaand onderstaande navolgend navolgende');
/** Adverbs of the order of a text, which at the head of a sentence tell what this very document does next ("Eerst wil
 *  ik kort ingaan op …", "Daarna geef ik aan wat …"). */
export const DOCUMENT_ORDER = words('eerst allereerst daarna vervolgens tenslotte');
/** Nouns of this very document after "in/met deze …": "In deze brief ga ik in op …". */
export const THIS_DOCUMENT = words('brief kamerbrief reactie beantwoording antwoord antwoorden notitie nota kabinetsreactie rapportage');

/** Documents still to be sent to the Kamer, into which something can be taken up: a present passive "wordt opgenomen
 *  in de eerstvolgende voortgangsrapportage" promises that the Kamer will read it there. */
export const DOCUMENT_NOUNS = words(`
  brief kamerbrief voortgangsbrief verzamelbrief voortgangsbericht rapportage voortgangsrapportage halfjaarrapportage
  jaarrapportage nota beleidsnota kabinetsreactie visie visiebrief wetsvoorstel evaluatie monitor agenda actieplan
  uitwerking raming ramingen besluitvorming
`);
/** Participles of taking something up in such a document. */
export const INCLUSION_PARTICIPLES = words('opgenomen meegenomen betrokken verwerkt');
/** Adjectives that make a document one still to come ("de aangekondigde brief", "de eerstvolgende rapportage"). */
export const COMING = words('aangekondigde eerstvolgende volgende komende nieuwe toegezegde nog definitieve');

/** Words that make a present-tense act a future one without a time phrase: "Deze lessen neem ik mee bij toekomstig
 *  beleid", "… nemen we mee in volgende projecten". */
export const FUTURE_POINTERS = words('toekomstig toekomstige volgende eerstvolgende komende');

/** Nouns of a government act announced as a future fact without an actor: "Er komt een onderzoek", "Er zal in het
 *  najaar een evaluatie plaatsvinden" (issue 12: a change announced as a future fact is a passive commitment). */
export const ACTION_NOUNS = words(`
  onderzoek evaluatie tussenevaluatie verkenning brief kamerbrief wetsvoorstel regeling kabinetsreactie voorstel
  rapportage voortgangsrapportage actieplan plan nulmeting inventarisatie analyse herziening aanpassing wijziging
  consultatie internetconsultatie pilot proef campagne besluitvorming besluit
  rapportages voortgangsrapportages brieven evaluaties verkenningen analyses wetsvoorstellen pilots
`);

/** Present-tense sentences with these are about what is handed over now or done as routine. */
export const DONE_NOW = words('hierbij bijgaand hiermee bijgevoegd dezen');
export const HABITUAL = words(`
  jaarlijks halfjaarlijks maandelijks wekelijks periodiek telkens altijd steeds regelmatig doorgaans gebruikelijk structureel
  jaarlijkse halfjaarlijkse maandelijkse wekelijkse periodieke reguliere gebruikelijke
`);
export const CONTINUATION = words('blijven blijf blijft');

/** Finite verbs that end an origin phrase ("… d.d. 9 februari jl. zal …"). */
export const FINITE_STOPS = words('zal zullen heb heeft hebben is zijn ben was werd wordt worden stuur informeer kom');

export const REFERENCE_MARKERS = words('toegezegd toezegging aangekondigd beloofd');
/** Words that recall a promise as made by mistake ("Per abuis is toegezegd …", "een misverstand, waardoor … is
 *  toegezegd"): such a promise is withdrawn, not open. "ten onrechte" is checked as a pair. */
export const MISTAKE = words('abuis abusievelijk misverstand vergissing onterecht');
