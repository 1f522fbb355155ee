// A stand-in with the shape of the table of bewindspersonen per period (the "responsible" branch ships the full table
// at this path; at a merge, keep that one). Only the rows the minister attribution's wiring needs here.
// `ministry` is the slug of ministry-catalogue.ts; `from` and `to` are the first and last day in office (inclusive).

export interface Bewindspersoon {
  name: string;
  post: string;
  ministry: string;
  from: string;
  to: string | null;
}

export const BEWINDSPERSONEN: readonly Bewindspersoon[] = Object.freeze([
  { name: 'Stef Blok', post: 'minister van Buitenlandse Zaken', ministry: 'bz', from: '2018-03-07', to: '2021-05-24' },
  { name: 'Sigrid Kaag', post: 'minister van Buitenlandse Zaken', ministry: 'bz', from: '2021-05-25', to: '2021-09-17' },
  { name: 'Ben Knapen', post: 'minister van Buitenlandse Zaken', ministry: 'bz', from: '2021-09-24', to: '2022-01-09' },
  { name: 'Wopke Hoekstra', post: 'minister van Buitenlandse Zaken', ministry: 'bz', from: '2022-01-10', to: '2023-09-01' },
]);
