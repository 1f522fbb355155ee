export { DirectoryService } from './directory.service.js';
export { LatencyProfileService } from './latency-profile.service.js';
export { TermFeedService, CALENDAR_WINDOW_DAYS, OVERDUE_FEED_WINDOW_DAYS } from './term-feed.service.js';
export { PUBLIC_FILTER_KEYS, type ProfileFilter, type PublicQuestionFilter } from './public-filter.js';
export type { FilterOptions, LatencyProfile, MemberView, MinistryView, OptionCount, OverdueEvent, TermEvent } from './dashboard-view.js';
export { DataExtentService, STALE_AFTER_DAYS, type DataExtent } from './data-extent.service.js';
