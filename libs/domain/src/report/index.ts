export { OverdueReportService } from './overdue-report.service.js';
export { LatencyReportService, type LatencyReportQuery } from './latency-report.service.js';
export { latencyReportCsv } from './latency-csv.util.js';
export { prinsjesdag, vergaderjaarOf } from './vergaderjaar.util.js';
export {
  LATENCY_COLUMNS,
  LATENCY_GROUP_BYS,
  UNKNOWN_ADDRESSEE_REASON,
  UNKNOWN_GROUP,
  type UnknownAddressee,
  type LatencyGroup,
  type LatencyGroupBy,
  type LatencyReport,
  type OverdueGroup,
  type OverdueItem,
  type OverdueReport,
} from './report-view.js';
export { DEFAULT_READ_CACHE, type ReadCacheOptions } from '../common/read-cache.js';
