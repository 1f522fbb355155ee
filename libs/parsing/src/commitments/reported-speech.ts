import { governmentActorEnd } from './government-actor.js';
import type { Cue } from './promise-cue.js';
import type { Token } from './text-tokens.js';

// "In de brief van maart staat dat dit zal worden opgenomen", "De HV gaf aan dat de minister uitgenodigd zal worden":
// a future act reported from another letter or another speaker is no promise made in this answer. A promise in a
// dat-clause still counts when this answer's own government speaker reports it of itself ("Ik heb aangegeven dat ik
// … zal sturen") — then the cue has a government subject and the main clause one too.

const REPORTING = new Set([
  'staat',
  'stond',
  'stelt',
  'stelde',
  'meldt',
  'meldde',
  'schrijft',
  'schreef',
  'vermeld',
  'vermeldt',
  'aangegeven',
  'gaf',
  'geeft',
  'zegt',
  'zei',
  'weten',
  'voor',
  'verwacht',
  'verwachten',
  'blijkt',
  'bleek',
  'opgenomen',
  'beschreven',
  'meldde',
  'schrijft',
  'berichtte',
  'bericht',
  'liet',
  'laat',
]);
const OWN_SPEAKERS = new Set(['ik', 'wij', 'we', 'kabinet', 'regering']);
const LOOK_BACK = 12;

/** ", zo meldde de NOS", ", aldus de minister van …": a trailing attribution to a speaker other than this answer's own. */
function attributedAfter(t: Token[], cue: Cue): boolean {
  for (let k = cue.anchor + 1; k < t.length - 1; k++) {
    if (t[k].raw !== ',') continue;
    const next = t[k + 1].low;
    const speakerFrom = next === 'aldus' ? k + 2 : next === 'zo' && REPORTING.has(t[k + 2]?.low ?? '') ? k + 3 : -1;
    if (speakerFrom < 0) continue;
    for (let m = speakerFrom; m < Math.min(t.length, speakerFrom + 3); m++) if (OWN_SPEAKERS.has(t[m].low)) return false;
    return true;
  }
  return false;
}

/** True when the cue stands in a dat-clause that reports what another letter or speaker says will happen, or the
 *  sentence ends by naming another speaker as its source. */
export function isReported(t: Token[], cue: Cue): boolean {
  if (attributedAfter(t, cue)) return true;
  if (!cue.subordinate) return false;
  let dat = -1;
  for (let k = cue.anchor - 1; k >= 0 && cue.anchor - k <= 40; k--) {
    if (t[k].low === 'dat') {
      dat = k;
      break;
    }
  }
  if (dat < 0) return false;
  let reporting = false;
  let ownSpeaker = false;
  for (let k = dat - 1; k >= 0 && dat - k <= LOOK_BACK; k--) {
    if (REPORTING.has(t[k].low)) reporting = true;
    if (OWN_SPEAKERS.has(t[k].low)) ownSpeaker = true;
  }
  if (!reporting) return false;
  const promisedByGovernment = cue.subject !== null && governmentActorEnd(t, cue.subject.start) > 0;
  return !(ownSpeaker && promisedByGovernment);
}
