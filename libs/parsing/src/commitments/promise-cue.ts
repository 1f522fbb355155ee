import type { Subject } from './clause.js';
import type { VerbHit } from './verb-search.js';

// A place in a sentence where a member of the government promises something: the finite verb that carries
// the promise (zal, ga, wil, ben bereid, streef ernaar, zeg toe, heeft toegezegd, stuur … toe), who promises,
// and the promised verbs that survived the checks for refusal, condition and continuation.

export type CueKind =
  | 'future' // "zal ik … informeren", "Nederland zal … aandacht vragen"
  | 'passive' // "de Kamer zal over het vervolg geïnformeerd worden", "zal daarbij worden meegenomen"
  | 'kamer' // "uw Kamer wordt voor de zomer geïnformeerd", "uw Kamer ontvangt … voor het kerstreces"
  | 'going' // "De komende periode ga ik onderzoeken of …"
  | 'intent' // "wil ik … ook meenemen", "ik wil kijken of …"
  | 'willing' // "Ik ben bereid …", "Het kabinet is voornemens …"
  | 'strive' // "Ik streef ernaar …"
  | 'promise' // "Ik zeg toe …"
  | 'return' // "Ik kom hierop terug"
  | 'present' // "Ik informeer u hier zo spoedig mogelijk over."
  | 'reference' // "heeft de Staatssecretaris … toegezegd een onderzoek te gaan doen"
  | 'expect'; // "Ik verwacht uw Kamer voor de zomer te kunnen informeren"

export interface Cue {
  kind: CueKind;
  /** The finite verb (or participle "toegezegd") that carries the promise. */
  anchor: number;
  /** null for passive promises: the government is implied. */
  subject: Subject | null;
  /** The promised verbs; empty only for an explicit "Ik zeg toe dat …". */
  hits: VerbHit[];
  /** First token of the action phrase. */
  actionStart: number;
  /** Striving is soft whatever the verb. */
  soft: boolean;
  /** Present tense promises only with a time phrase ("Ik stuur u voor de zomer …"). */
  needsDue: boolean;
  /** Due phrases are looked for from here (the clause of the promise; after "toegezegd" for references). */
  dueFrom: number;
  /** …and before this token, when set ("Naar verwachting kan ik uw Kamer in het najaar informeren"). */
  dueTo?: number;
  /** In a subordinate clause ("de monitor die ik … zal sturen"): used only when the sentence has no main-clause promise. */
  subordinate: boolean;
}
