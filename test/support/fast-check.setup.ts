// Property tests: the gate (`npm test`, CI) runs them with a pinned seed so that a red build always points at
// a change in the code, never at the dice. `npm run test:properties` explores with fresh seeds and many more
// runs; a counterexample it finds becomes an example test next to the property (see alert-rules.spec.ts).
import fc from 'fast-check';

const seed = process.env.FC_SEED === 'random' ? undefined : Number(process.env.FC_SEED ?? 20_261_203);
const numRuns = Number(process.env.FC_NUM_RUNS ?? 100);
fc.configureGlobal({ ...(seed === undefined ? {} : { seed }), numRuns });
