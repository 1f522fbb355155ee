// Toezeggingen: the sentences of an answer in which a member of the government promises a future action.
//
// What counts (one commitment per sentence; the sentence, its span in the answer and the question number are kept):
// - A government subject (ik, wij, het kabinet, de regering, Nederland, mijn collega van OCW, de Minister van …,
//   de Staatssecretaris …, het ministerie, the embassy) with a promise of the future: "zal/zullen" + action verb,
//   "ga … onderzoeken", "wil … meenemen", "ben bereid/voornemens …", "zeg toe …", "kom hierop terug",
//   "verwacht … te informeren". Actors are taken as written ("Nederland", not "the minister of foreign affairs").
// - The present tense with a future time phrase: "Ik informeer u hier zo spoedig mogelijk over", "Voor de zomer
//   stuur ik uw Kamer … toe". Without a time phrase the present tense states current policy and is not a promise.
// - Passive promises with the government implied (actor null): "de Kamer zal over het vervolg geïnformeerd worden",
//   "Dit vraagstuk zal daarbij worden meegenomen", and present passives addressed to the Kamer with a time phrase
//   ("Uw Kamer wordt voor de zomer geïnformeerd"). A present passive that only schedules an event without the Kamer
//   as recipient ("Dit jaar wordt de BIO geëvalueerd", "In de voorjaarsnota wordt duidelijk …") is a fact, not a promise.
// - Changes the government announces as a future fact ("De vergoeding zal per 1 januari worden verhoogd"), and
//   intentions to a concrete act ("Ik wil de eerder gemaakte afspraken dit jaar nakomen", "Ik verwacht … een
//   tussentijdse rapportage te leveren"): the verbs of such acts are in the lexicon (commitment-lexicon.ts).
// - References to an earlier promise are recorded like new ones, with `origin` naming where it was made:
//   "Zoals toegezegd tijdens het commissiedebat … d.d. 9 februari jl. zal …", "In het Commissiedebat … van 22 maart jl.
//   heeft de Staatssecretaris … toegezegd een onderzoek te gaan doen". Without a named debate, letter or meeting the
//   "zoals eerder aan uw Kamer toegezegd" clause is the origin; a bare "heeft toegezegd" has origin null.
//
// Strength: `soft` when every promised verb only considers or strives (bezien, bekijken, overwegen, verkennen,
// kijken of, in overweging nemen, zich inzetten, streven ernaar); `firm` for definite actions (sturen, informeren,
// toezenden, verzoeken, afschrift geven, onderzoeken, aandacht vragen, opbrengen, meenemen …).
//
// What does not count:
// - Questions; refusals ("Ik zal hier geen onderzoek naar doen", "Ik overweeg niet om …", "Ik zie geen aanleiding …").
// - Current policy and ongoing work in the present tense ("Het kabinet hanteert …", "Nederland spreekt zich uit …",
//   "Ik onderzoek momenteel …", "Hiervoor ben ik met partijen in overleg"), and the past ("heeft … overgebracht").
// - Continuing current practice: "zal … blijven volgen", "Ik streef er altijd al naar … en zal dit ook blijven doen"
//   (keeping to a habit is not a concrete new action); continuing to inform the Kamer does count.
//   Monitoring ("de ontwikkelingen nauwlettend volgen") is not an action.
// - Conditions of need that leave the action open: "indien nodig", "mocht …", "zo nodig", "wanneer nodig …".
//   Seed 003 answer 10 "Nederland en de EU zullen deze rechtszittingen aandachtig blijven volgen en wanneer nodig in de
//   Raad Buitenlandse Zaken opbrengen" is therefore no commitment: the first verb continues practice and the second is
//   conditional. A moment in time is no such condition: "Op het moment dat dit beeld beschikbaar is zal ik …" counts.
// - Future facts that are no act of the government ("de e-privacyverordening die … de richtlijn zal vervangen",
//   "Ik verwacht dat de overname geen gevolgen zal hebben"), duties of third parties ("zij zullen … moeten"), and
//   necessity ("zullen … gekoppeld moeten worden").
// - Reports of what another letter or speaker says will happen: "In de brief van maart staat dat dit zal worden
//   opgenomen", "De HV gaf aan dat de minister uitgenodigd zal worden" (reported-speech.ts). The government's own
//   report of its own promise still counts: "Ik heb aangegeven dat ik uw Kamer voor de zomer zal informeren".
// - Promises to answer these very questions ("Ik zal uw Kamer zo spoedig mogelijk de antwoorden doen toekomen",
//   "Ik streef ernaar de vragen zo spoedig mogelijk te beantwoorden") and pointers to another answer of the same document.
// - "Hierbij stuur ik u …": handed over now, nothing left to do.
//
// Second round of issue 12 (generalised by grammar; the written sentences of extract-commitments.generalisation.spec.ts):
// - Intentions also as "ben van plan", "zie mij genoodzaakt", "het is mijn voornemen om", "beoog … te"; not an aim after
//   "wil" ("Ik wil ervoor zorgen dat …").
// - The present promises without a time phrase when it sends ("stuur ik uw Kamer een brief"), keeps informed, informs at a
//   moment or "nader", receives a copy ("Uw Kamer ontvangt een afschrift"), commissions ("laat ik onderzoeken of"),
//   opens talks ("treed … in overleg"), or points ahead ("toekomstig beleid", "in volgende …"); the plural present
//   counts next to "we/wij" ("nemen we … mee"). "Daarnaast informeer ik u over …" without a moment is this letter.
// - Present passives into a document still to come ("worden betrokken bij het aangekondigde voortgangsbericht"), and acts
//   announced without an actor ("Er komt een onderzoek", "zal … een evaluatie plaatsvinden", "Nog dit jaar start een pilot").
// - Left alone: pointers inside the document ("Ik zal hieronder toelichten"), hypotheses ("als er signalen zijn"),
//   conditions of need after the verb (", mocht dat nodig blijken"), trailing attributions (", zo meldde de NOS"),
//   "ga ervan uit dat", and in an answer that defers, the formula that the reply follows as soon as possible.
//
// Fifth batch of issue 12 (from the blind misses of corpus 70–72 and 86; the written sentences of the "fifth batch"):
// - "ga … in op" is the separable "ingaan op": addressing a subject, which this very letter does ("Met deze brief ga ik in
//   op het verzoek …", "Hieronder ga ik in op …"); it promises only with a time phrase naming a later text.
// - Taking part in a debate of the Kamer ("zal … deelnemen aan het debat") is one's role in it, not an act promised to it.
// - Striving for a standard of conduct ("streef ik ernaar zo efficiënt mogelijk …") describes how one works; it promises
//   only with a time phrase. Readiness ("is gereed/klaar om … te …") announces an act only with its date.
// - A ministry named by its portfolio or abbreviation ("Defensie", "OCW") acts for the government.
//
// Sixth batch (from the blind misses of corpus 91; the written sentences of the "sixth batch"): the impersonal passive
// "is toegezegd om … te" recalls a promise still to be kept; a promise recalled as made by mistake ("per abuis",
// "een misverstand, waardoor …", "ten onrechte") is withdrawn, and so is what it said would happen.
//
// Seventh batch (from the blind misses of corpus 97, 99 and 101; the written sentences of the "seventh batch"): the Kamer
// as "u" after a passive "wordt" is the receiver; "De toezegging is dat …" names a promise's content; a modal passive
// ("zodat … kan worden") states a purpose; in a letter that could not meet a term, the promise recalled from an earlier
// message is the one re-dated, and only the new date is open.
//
// Eighth batch (from the blind misses of corpus 88, 102 and 103; the written sentences of the "eighth batch"): the
// impersonal passive "is toegezegd" with an infinitive or a promised document, also after an aside between commas; the
// government's own earlier message with a te-infinitive ("heeft … laten weten u … te informeren"); in a letter deferring
// the reply to a committee's request, the reply is the deferral formula whatever its date, while a deferred promise or
// motion keeps its new date.
//
// Ninth batch (from the blind misses of batch A, corpus 200–263; the written sentences of the "ninth batch"): choosing an
// act ("kiest ervoor om … te"), proceeding to one ("wil overgaan tot"), taking part in a meeting of others ("is voornemens
// aan de Raad deel te nemen"), continuing to inform the Kamer ("Wij blijven de Kamer informeren", not through the routine
// reports), "voer … uit" with a time phrase, and any finite verb fronted before its government subject with a time phrase
// to come ("De komende tien jaar vervangt Defensie …"; the armed forces act for Defensie). Left alone: the purpose of a
// means just described ("Hiermee wil ik …", "wil op deze manier …"), the agenda of a meeting of others ("Tijdens de Raad
// zal … worden besproken", "zullen de ministers van … spreken"), a passive in an indirect question ("over hoe deze moties
// worden uitgevoerd"), this very letter as the means ("Door middel van deze brief wil ik …"), and sending a document that
// already exists (one with a Kamerstuk number, or dated by a relative clause in the past).
//
// Tenth batch (from the blind misses of batches B and C, corpus 300–409 and 600–644; the written sentences of the "tenth
// batch"): a finite verb followed by its government subject is the main clause's even after a fronted subordinate clause
// ("Zoals ik heb gemeld …, stuur ik u …"); an intention named as a noun ("De intentie is om … te"); a future passive with
// any participle at "worden" ("zal vooralsnog worden gedekt"); receiving or being informed later ("separaat", "na
// afronding"); taking up into a coming estimate or decision, named before the verb. Left alone: a letter that opens by
// recalling the promise it keeps (a perfect "heb … toegezegd" among the first three sentences of six or more), "Hierbij
// wil ik u informeren", a compound letter ("Met deze voortgangsbrief"), "Daarnaast wordt uw Kamer geïnformeerd over …"
// without a word of later, answering in the debate ("in mijn eerste termijn", "mondeling"), the order of this letter
// ("Eerst wil ik …", "Daarna geef ik aan …", "Na het uiteenzetten …"), telling or answering now ("meld ik u", "beantwoord
// ik"), strong past forms, a copy of a letter sent with this one, a verb after "hoe/dat/of" in what is wanted, "laten
// zien", an intention recalled as said ("het voornemen uitgesproken om"), and "Zoals ik eerder heb aangegeven, …".
// Decisions taken ("heeft besloten … te") stay facts, as the written set and seed 004 label them.
//
// Eleventh batch (from the misses of corpus 344, 400, 404 and 617): a future passive with a separable participle
// ("zal … ingezet worden"), "doen" standing for an act named before ("Ik zal dit … doen"), an event announced after "er"
// ("volgt er in de zomer besluitvorming"), and a routine that was promised ("Zoals toegezegd … wordt u twee keer per jaar
// geïnformeerd"), not one merely described. A process ending ("zal worden afgerond") or a reading ("opgevat als") is no act.
//
// Saying yes promises too: "Bent u bereid de Kamer voor de zomer te informeren?" — "Ja, daartoe ben ik bereid." is
// recorded on the answer's sentence with the action (and time phrase) asked for in the question (assent.ts); a bare
// "Ja." only when the question asks nothing else, and never when the answer promised something in its own words.
//
// Every commitment carries its `construction` (active, passive, receiver, intention, conditional, reference, assent)
// and a `confidence` (commitment-confidence.ts), by which clerks review the doubtful ones first.
//
// Fields: `action` is the promised verb phrase as written (from after the actor and auxiliary to the end of its
// clause); `dueText` the time phrase as written (the most precise one when there are several; "(juli 2022)" gives
// "juli 2022"); `dueDate` stays null (libs/domain resolves it against the calendar).
//
// An answer repeated word for word under a later question ("Antwoord 5 en 6", or a copied answer) is not extracted
// a second time: the promise was made once.
//
// Everything here is linear in the length of the answer: sentences are split and tokenized in one pass, and each
// cue looks at a bounded window of tokens.

import type { ParsedCommitment, ParsedQuestion } from '../contract/parsed-document.js';
import { assentCommitment } from './assent.js';
import { NO_DUE } from '../contract/due-spec.js';
import { confidenceOf, constructionOf } from './commitment-confidence.js';
import { FUTURE_POINTERS, HYPOTHESIS_WORDS, MISTAKE, NEED_WORDS, REFERENCE_MARKERS } from './commitment-lexicon.js';
import { findDue } from './due-phrase.js';
import { findCues, mayHoldCue } from './find-cues.js';
import { actorText } from './government-actor.js';
import { findOrigin, type OriginPhrase } from './origin-phrase.js';
import type { Cue } from './promise-cue.js';
import { isReported } from './reported-speech.js';
import { splitSentences } from './sentence-splitter.js';
import { textOf, tokenize, type Token } from './text-tokens.js';

export type SentenceCommitment = Pick<ParsedCommitment, 'actor' | 'action' | 'dueText' | 'due' | 'strength' | 'origin' | 'confidence' | 'construction'>;

export function extractCommitments(questions: ParsedQuestion[]): ParsedCommitment[] {
  const out: ParsedCommitment[] = [];
  // One answer given to several questions ("Antwoord 5 en 6") promises once: it is recorded under the first.
  const seen = new Set<string>();
  for (const question of questions) {
    if (!question.answer || seen.has(question.answer)) continue;
    seen.add(question.answer);
    const before = out.length;
    const deferral = isDeferral(question.answer);
    const requestOnly = ABOUT_REQUEST.test(question.answer) && !ABOUT_PROMISE.test(question.answer);
    const keptHere = keepsPromiseItself(question.answer);
    const sentences = splitSentences(question.answer);
    for (const [index, sentence] of sentences.entries()) {
      const found = commitmentInSentence(sentence.text);
      if (
        !found ||
        (deferral && (isDeferralFormula(found, requestOnly) || recallsOwnMessage(sentence.text))) ||
        (keptHere && found.construction === 'reference' && INFORMING.test(found.action ?? '')) ||
        opensByRecalling(found, sentence.text, index, sentences.length)
      )
        continue;
      out.push({ questionNumber: question.number, text: sentence.text, span: [sentence.start, sentence.end], dueDate: null, ...found });
    }
    const assent = out.length === before ? assentCommitment(question) : null;
    if (assent) out.push(assent);
  }
  return out;
}

// A deferral ("Tot mijn spijt kan ik niet binnen de gebruikelijke termijn op dit verzoek ingaan") ends with the
// formula that the reply will follow as soon as possible: that reply is the one the deferral is about, not a new promise
// (docs/COMMITMENT-LABELLING.md, "the deferral formula").
const DEFERRAL =
  /reden van (?:het )?uitstel|uitstel van (?:de )?(?:beantwoording|reactie)|niet binnen de (?:gebruikelijke |gestelde |wettelijke )?termijn|niet mogelijk (?:gebleken|is) .{0,40}binnen de (?:gebruikelijke |gestelde |wettelijke )?termijn|niet voor de gestelde termijn|(?:extra|meer) tijd (?:vergen|vergt|nodig|vraagt)|vraagt (?:de|het) \S+ meer tijd/i;
const REPLYING = /toekomen|sturen|zenden|beantwoord|reageren|reactie|antwoord|bericht/;
// A deferred reply to a request of the Kamer (a committee's "verzoek" for a letter or a reaction) is the reply itself
// whatever its date ("Ik streef ernaar de brief uiterlijk vóór het krokusreces te versturen"); a deferred promise of the
// government or the execution of a motion is re-dated, not answered, and its new date stays open (corpus 97, 96).
const ABOUT_REQUEST = /verzoek|verzocht/i;
const ABOUT_PROMISE = /motie|toegezegd|toezegging/i;

// A letter that opens by recalling a promise to inform and then says it is the fulfilment ("Deze brief dient daartoe",
// "In deze brief geven we een overzicht …", "Met deze brief kom ik deze toezegging na") keeps that promise itself: the
// recalled promise to inform is no open commitment.
const SELF_FULFILMENT =
  /deze brief dient daartoe|met deze brief (?:kom|voldoe|geef|informeer)|in deze brief (?:geef|geven|informeer|informeren)|hiermee (?:kom|voldoe) ik/i;
const INFORMING = /informeren|terugkomen|terug te komen|ingaan|in te gaan|toelichten|toe te lichten|overzicht/;

function keepsPromiseItself(answer: string): boolean {
  return SELF_FULFILMENT.test(answer);
}

/** "Bij brief van 27 november heb ik u bericht … dat ik uw Kamer voor 1 april een notitie zal doen toekomen": in a letter
 *  that says the term could not be met, the promise recalled from an earlier message is the one being re-dated; the
 *  new date, said in this letter, is the open promise. */
const OWN_MESSAGE =
  /\b(?:heb|hebben) (?:ik|wij|we) (?:u |uw kamer )?(?:\S+ ){0,12}?(?:bericht|gemeld|meegedeeld|medegedeeld|aangegeven|toegezegd|laten weten)\b|\b(?:ik|wij|we) (?:heb|hebben) (?:u |uw kamer )?(?:\S+ ){0,12}?(?:bericht|gemeld|meegedeeld|medegedeeld|aangegeven|toegezegd|laten weten)\b/i;

function recallsOwnMessage(sentence: string): boolean {
  return OWN_MESSAGE.test(sentence);
}

/** A letter that opens by recalling a promise of its author ("Tijdens de begrotingsbehandeling heb ik u toegezegd de
 *  Kamer te informeren over …", "In mijn brief van 3 november heb ik u toegezegd een actieplan op te stellen") is the
 *  letter that keeps it: that is how such letters begin. Only a recall in the perfect ("heb/heeft … toegezegd", or told:
 *  "heb ik aangegeven … te") among the first three sentences of a text of six or more; a short answer that recalls a
 *  promise still points to an open one ("De Minister van Justitie en Veiligheid heeft toegezegd de mogelijkheden te
 *  verkennen"). */
const LETTER_SENTENCES = 6;
const OPENING_SENTENCES = 3;
const PERFECT_RECALL = /\b(?:heb|hebben|heeft)\b.*\b(?:toegezegd|aangegeven|gemeld|meegedeeld|weten)\b/i;

function opensByRecalling(c: SentenceCommitment, sentence: string, index: number, count: number): boolean {
  return c.construction === 'reference' && count >= LETTER_SENTENCES && index < OPENING_SENTENCES && PERFECT_RECALL.test(sentence);
}

function isDeferral(answer: string): boolean {
  return DEFERRAL.test(answer);
}

function isDeferralFormula(c: SentenceCommitment, requestOnly: boolean): boolean {
  return (c.due.kind === 'asap' || requestOnly) && REPLYING.test(c.action ?? '');
}

/** "toekomstig beleid", "in volgende projecten": a present-tense act that points ahead without a time phrase. */
function pointsAhead(t: Token[], from: number): boolean {
  for (let k = from; k < t.length; k++) {
    const w = t[k].low;
    if (w === 'toekomstig' || w === 'toekomstige') return true;
    if (FUTURE_POINTERS.has(w) && k > 0 && ['in', 'bij', 'voor'].includes(t[k - 1].low)) return true;
  }
  return false;
}

/** ", als de Kamer dat wenst", ", mocht dat nodig zijn": a condition of need or a hypothesis after the promised verb
 *  leaves the act open just as one before it does (verb-search.ts isGuarded looks before the verb). */
function trailingCondition(t: Token[], from: number): boolean {
  for (let k = from; k < t.length; k++) {
    if (t[k - 1]?.raw !== ',') continue;
    const w = t[k].low;
    if (w === 'mocht' || w === 'mochten' || w === 'desgewenst' || (w === 'zo' && t[k + 1]?.low === 'nodig')) return true;
    if (w !== 'als' && w !== 'wanneer' && w !== 'indien') continue;
    for (let m = k + 1; m < t.length && t[m].raw !== ','; m++) if (NEED_WORDS.has(t[m].low) || HYPOTHESIS_WORDS.has(t[m].low)) return true;
  }
  return false;
}

/** "Per abuis is toegezegd dat …", "Er is sprake van een misverstand, waardoor is toegezegd dat …": a promise recalled
 *  as made by mistake is withdrawn, and so is everything the sentence says it promised (its complement is no promise
 *  either: "… dat de rapportage voor de zomer naar uw Kamer wordt gestuurd"). */
function withdrawsPromise(t: Token[]): boolean {
  let mistake = false;
  for (let k = 0; k < t.length; k++) {
    const w = t[k].low;
    if (MISTAKE.has(w) || (w === 'onrechte' && t[k - 1]?.low === 'ten')) mistake = true;
    else if (mistake && REFERENCE_MARKERS.has(w)) return true;
  }
  return false;
}

function isQuestion(t: Token[]): boolean {
  for (let k = t.length - 1; k >= 0; k--) {
    if (t[k].raw === '?') return true;
    if (t[k].isWord && !/^[0-9]+$/.test(t[k].raw)) return false;
  }
  return false;
}

/** The commitment a single sentence makes, or null. */
export function commitmentInSentence(text: string): SentenceCommitment | null {
  if (!mayHoldCue(text)) return null;
  const t = tokenize(text);
  if (isQuestion(t)) return null;
  const cues = findCues(t);
  if (cues.length === 0 || withdrawsPromise(t)) return null;
  const origin = findOrigin(text, t);
  const inOrigin = (i: number): boolean => origin !== null && i >= origin.start && i <= origin.end;
  for (const cue of cues) {
    if (isReported(t, cue)) continue;
    const duePhrase = findDue(text, t, dueStart(t, cue), cue.dueTo ?? t.length, inOrigin, cue.anchor);
    if (cue.needsDue && duePhrase === null && !(cue.kind === 'present' && pointsAhead(t, cue.anchor + 1))) continue;
    if (trailingCondition(t, cue.hits.length > 0 ? cue.hits[cue.hits.length - 1].index + 1 : cue.anchor + 1)) continue;
    return {
      actor: cue.subject ? actorText(textOf(text, t, cue.subject.start, cue.subject.end - 1)) : null,
      action: actionOf(text, t, cue),
      dueText: duePhrase?.text ?? null,
      due: duePhrase?.due ?? NO_DUE,
      strength: cue.soft || (cue.hits.length > 0 && cue.hits.every((h) => h.soft)) ? 'soft' : 'firm',
      origin: originText(origin),
      confidence: confidenceOf(cue, t, duePhrase?.text ?? null),
      construction: constructionOf(cue, t),
    };
  }
  return null;
}

// Time phrases count from the start of the promise's part of the sentence (after a semicolon: "De motie is op 5 april
// aangenomen; de Kamer zal …"), so a phrase in a preceding relative clause still counts ("de monitor die ik dit
// voorjaar zal sturen, zal ik …"); for a reference only after "toegezegd" (before it stands when it was promised).
function dueStart(t: Token[], cue: Cue): number {
  if (cue.kind === 'reference') return cue.dueFrom;
  for (let k = cue.anchor - 1; k >= 0; k--) if (t[k].raw === ';') return k + 1;
  return 0;
}

function originText(origin: OriginPhrase | null): string | null {
  return origin ? origin.text : null;
}

const ACTION_TAIL = 40;

/** The promised verb phrase: from after the actor and auxiliary to the end of the clause of the last promised verb. */
function actionOf(text: string, t: Token[], cue: Cue): string {
  let start = cue.actionStart;
  if (start < t.length && t[start].raw === ',') {
    // "Deze gegevens zal ik, zoals eerder aan uw Kamer toegezegd, komend voorjaar … delen"
    let k = start + 1;
    while (k < t.length && k - start < 15 && t[k].raw !== ',') k++;
    if (k < t.length && t[k].raw === ',') start = k + 1;
  }
  const last = cue.hits.length > 0 ? Math.max(cue.hits[cue.hits.length - 1].index, start) : start;
  let end = Math.min(last, t.length - 1);
  let depth = 0;
  for (let k = last + 1; k < t.length && k - last <= ACTION_TAIL; k++) {
    const r = t[k].raw;
    if (r === '(') depth++;
    else if (r === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (r === ',' || r === ';' || r === ':')) break;
    end = k;
  }
  while (end > start && !t[end].isWord && t[end].raw !== ')' && t[end].raw !== '»') end--;
  const phrase = textOf(text, t, start, end);
  if (cue.kind === 'present' && cue.subject?.inverted) return `${t[cue.anchor].raw} ${phrase}`.trim();
  return phrase !== '' ? phrase : t[cue.anchor].raw;
}
