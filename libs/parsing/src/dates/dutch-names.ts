// The Dutch names of the months and weekdays: read in documents (libs/parsing), written in mails and pages.

/** januari … december, index 0 is January. */
export const DUTCH_MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

/** maandag … zondag, index 0 is Monday (ISO order). */
export const DUTCH_WEEKDAYS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'] as const;
