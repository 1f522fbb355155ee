import type { RecessPeriod } from './policy.js';

// The Tweede Kamer's recess calendar (recesdata), as best known. Each recess runs from a Friday up to and including
// a Monday; the Kamer sits again on the Tuesday after.
// Sources: the entries from meireces 2023 up to zomerreces 2024 match the list the Kamer published on
// tweedekamer.nl/debat_en_vergadering/recessen; zomerreces 2018, 2019 and 2022 match contemporary news reports.
// The other dates are reconstructed from the Kamer's usual pattern (zomerreces from the first or second Friday of
// July for about nine weeks; kerstreces from the Friday before Christmas for about three weeks; voorjaarsreces with
// the central region's school holiday in February; meireces around Koningsdag; herfstreces mid-October) and may be
// off by a week. When the Kamer publishes different dates, correct them here: this file is the only place they live.
// Special recesses (verkiezingsreces) are not listed.

function recess(kind: RecessPeriod['kind'], from: string, to: string): RecessPeriod {
  return { name: `${kind} ${from.slice(0, 4)}`, kind, from, to };
}

export const RECESS_PERIODS: readonly RecessPeriod[] = Object.freeze([
  recess('kerstreces', '2017-12-22', '2018-01-15'),
  recess('voorjaarsreces', '2018-02-16', '2018-02-26'),
  recess('meireces', '2018-04-27', '2018-05-14'),
  recess('zomerreces', '2018-07-06', '2018-09-03'),
  recess('herfstreces', '2018-10-19', '2018-10-29'),
  recess('kerstreces', '2018-12-21', '2019-01-14'),

  recess('voorjaarsreces', '2019-02-15', '2019-02-25'),
  recess('meireces', '2019-04-26', '2019-05-13'),
  recess('zomerreces', '2019-07-05', '2019-09-02'),
  recess('herfstreces', '2019-10-18', '2019-10-28'),
  recess('kerstreces', '2019-12-20', '2020-01-13'),

  recess('voorjaarsreces', '2020-02-14', '2020-02-24'),
  recess('meireces', '2020-04-24', '2020-05-11'),
  recess('zomerreces', '2020-07-03', '2020-08-31'),
  recess('herfstreces', '2020-10-16', '2020-10-26'),
  recess('kerstreces', '2020-12-18', '2021-01-11'),

  recess('voorjaarsreces', '2021-02-19', '2021-03-01'),
  recess('meireces', '2021-04-23', '2021-05-10'),
  recess('zomerreces', '2021-07-09', '2021-09-06'),
  recess('herfstreces', '2021-10-15', '2021-10-25'),
  recess('kerstreces', '2021-12-24', '2022-01-17'),

  recess('voorjaarsreces', '2022-02-18', '2022-02-28'),
  recess('meireces', '2022-04-22', '2022-05-09'),
  recess('zomerreces', '2022-07-08', '2022-09-05'),
  recess('herfstreces', '2022-10-14', '2022-10-24'),
  recess('kerstreces', '2022-12-23', '2023-01-16'),

  recess('voorjaarsreces', '2023-02-17', '2023-02-27'),
  recess('meireces', '2023-04-21', '2023-05-08'),
  recess('zomerreces', '2023-07-07', '2023-09-04'),
  recess('herfstreces', '2023-10-13', '2023-10-23'),
  recess('kerstreces', '2023-12-22', '2024-01-15'),

  recess('voorjaarsreces', '2024-02-16', '2024-02-26'),
  recess('meireces', '2024-04-26', '2024-05-13'),
  recess('zomerreces', '2024-07-05', '2024-09-02'),
  recess('herfstreces', '2024-10-18', '2024-10-28'),
  recess('kerstreces', '2024-12-20', '2025-01-13'),

  recess('voorjaarsreces', '2025-02-21', '2025-03-03'),
  recess('meireces', '2025-04-25', '2025-05-12'),
  recess('zomerreces', '2025-07-04', '2025-09-01'),
  recess('herfstreces', '2025-10-17', '2025-10-27'),
  recess('kerstreces', '2025-12-19', '2026-01-12'),

  recess('voorjaarsreces', '2026-02-13', '2026-02-23'),
  recess('meireces', '2026-04-24', '2026-05-11'),
  recess('zomerreces', '2026-07-03', '2026-08-31'),
  recess('herfstreces', '2026-10-16', '2026-10-26'),
  recess('kerstreces', '2026-12-18', '2027-01-11'),
]);
