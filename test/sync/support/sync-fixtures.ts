import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../../support/test-env.js';

/** A GUID-shaped Id, as the API's (Edm.Guid), ordered by n. */
export const guid = (prefix: number, n: number) => `${prefix.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

export const zaakNummer = (n: number) => `2024Z${String(n).padStart(5, '0')}`;

export interface ActorSpec {
  id: string;
  naam: string | null;
  fractie?: string | null;
  relatie: string;
  functie: string | null;
  at: string;
}

export function actor(a: ActorSpec): Record<string, unknown> {
  return {
    Id: a.id,
    ActorNaam: a.naam,
    ActorFractie: a.fractie ?? null,
    Relatie: a.relatie,
    Functie: a.functie,
    Verwijderd: false,
    GewijzigdOp: a.at,
    ApiGewijzigdOp: a.at,
  };
}

/** A written-questions zaak as the API has it, with an Indiener and one addressee unless told otherwise. */
export function zaak(n: number, at: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const nummer = zaakNummer(n);
  return {
    Id: guid(1, n),
    Nummer: nummer,
    Soort: 'Schriftelijke vragen',
    Onderwerp: `Vragen over onderwerp ${n}`,
    GestartOp: '2024-10-03T00:00:00+02:00',
    Termijn: null,
    Afgedaan: false,
    Verwijderd: false,
    GewijzigdOp: at,
    ApiGewijzigdOp: at,
    ZaakActor: [
      actor({ id: guid(2, n * 10 + 1), naam: 'Postma', fractie: 'NSC', relatie: 'Indiener', functie: 'Tweede Kamerlid', at }),
      actor({ id: guid(2, n * 10 + 2), naam: 'Jansen', relatie: 'Gericht aan', functie: 'minister van Financiën', at }),
    ],
    ...extra,
  };
}

export function document(n: number, soort: string, datum: string, zaken: string[], at: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    Id: guid(3, n),
    Soort: soort,
    DocumentNummer: `2024D${String(n).padStart(5, '0')}`,
    Onderwerp: 'x',
    Datum: `${datum}T00:00:00+01:00`,
    ContentType: null,
    Verwijderd: false,
    GewijzigdOp: at,
    ApiGewijzigdOp: at,
    Zaak: zaken,
    ...extra,
  };
}

export interface RunningCli {
  child: ChildProcess;
  done: Promise<{ status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

/** The compiled CLI in a child process, asynchronously (the fixture server in this process must keep answering). */
export function startCli(args: string[], env: Record<string, string>): RunningCli {
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin/termijnwacht.js'), ...args], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const done = new Promise<{ status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr })),
  );
  return { child, done };
}
