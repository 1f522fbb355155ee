// One policy object holds every number the rules use. No other code hard-codes 21 days, 90 days or a cron.
// Rules receive it as an argument; the apps build it once from defaults plus configuration.

export interface RecessPeriod {
  /** e.g. 'zomerreces 2022', 'kerstreces 2022' */
  name: string;
  kind: 'zomerreces' | 'kerstreces' | 'voorjaarsreces' | 'meireces' | 'herfstreces' | 'krokusreces' | 'paasreces' | 'other';
  /** first day without sittings, YYYY-MM-DD */
  from: string;
  /** last day of the recess, YYYY-MM-DD (inclusive) */
  to: string;
}

export interface Policy {
  /** Calendar days are counted in this zone. */
  timeZone: string;
  /** Reglement van Orde: answer within three weeks of submission. */
  answerTermDays: number;
  /** A timely Mededeling gives this many more days, counted from the original term. */
  deferralExtensionDays: number;
  /** When true, days inside a parliamentary recess do not count towards the term. Off by default: no source says recess pauses it. */
  pauseDuringRecess: boolean;
  recesses: readonly RecessPeriod[];
  /** "Due soon" alerts fire this many days before a term ends. */
  dueSoonDays: number;
  /** An alert fires only for an event (a term passed, a late deferral, a lapsed commitment) at most this many days old; older history is the digest's. */
  alertLookbackDays: number;
  /** A commitment with no stated date is treated as due this many days after it was made (marked implied). */
  commitmentDefaultHorizonDays: number;
  /** The expected answer date of open sets (libs/domain/src/forecast). */
  forecast: ForecastPolicy;
  /** "Is this ministry really faster?": a change in the on-time share counts below this two-sided p-value. */
  changeSignificanceLevel: number;
  schedules: {
    /** BullMQ cron pattern for the alert sweep (Europe/Amsterdam). */
    alertSweep: string;
    weeklyDigest: string;
    dailyDigest: string;
    /** Reading the Kamer's open data for new and changed records. */
    openDataSync: string;
  };
}

export interface ForecastPolicy {
  /** A ministry with fewer comparable sets still unanswered at the same age is forecast from all ministries' sets. */
  minimumAtRisk: number;
  /** The share of answers the interval should hold: 0.8 gives the 10th to the 90th percentile. */
  intervalLevel: number;
  /** The backtest's coverage of that interval must lie in this range for a ministry's forecast to be shown. */
  coverageLow: number;
  coverageHigh: number;
  /** A backtest with fewer scored predictions than this does not judge a ministry (its forecast is not shown either). */
  minimumScored: number;
}
