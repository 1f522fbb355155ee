import { BEWINDSPERSONEN_TEMPLATE } from './bewindspersonen.template.js';
import { BEWINDSPERSOON_TEMPLATE } from './bewindspersoon.template.js';
import { COMMITMENTS_TEMPLATE } from './commitments.template.js';
import { ERROR_TEMPLATE } from './error.template.js';
import { MEMBER_TEMPLATE } from './member.template.js';
import { MEMBERS_TEMPLATE } from './members.template.js';
import { MINISTRIES_TEMPLATE } from './ministries.template.js';
import { MINISTRY_TEMPLATE } from './ministry.template.js';
import { OVERDUE_TEMPLATE } from './overdue.template.js';
import { NOTICE_TEMPLATE } from './notice.template.js';
import { PARTIES_TEMPLATE } from './parties.template.js';
import { OVERVIEW_TEMPLATE } from './overview.template.js';
import { QUESTION_DETAIL_TEMPLATE } from './question-detail.template.js';
import { QUESTIONS_TEMPLATE } from './questions.template.js';
import { REVIEW_LOGIN_TEMPLATE, REVIEW_TEMPLATE } from './review.template.js';

/** Every page template by name; PageRenderer compiles them once at boot. */
export const PAGE_TEMPLATES = {
  overview: OVERVIEW_TEMPLATE,
  overdue: OVERDUE_TEMPLATE,
  questions: QUESTIONS_TEMPLATE,
  questionDetail: QUESTION_DETAIL_TEMPLATE,
  ministries: MINISTRIES_TEMPLATE,
  ministry: MINISTRY_TEMPLATE,
  members: MEMBERS_TEMPLATE,
  member: MEMBER_TEMPLATE,
  commitments: COMMITMENTS_TEMPLATE,
  error: ERROR_TEMPLATE,
  review: REVIEW_TEMPLATE,
  reviewLogin: REVIEW_LOGIN_TEMPLATE,
  notice: NOTICE_TEMPLATE,
  parties: PARTIES_TEMPLATE,
  bewindspersonen: BEWINDSPERSONEN_TEMPLATE,
  bewindspersoon: BEWINDSPERSOON_TEMPLATE,
} as const;

export type PageTemplateName = keyof typeof PAGE_TEMPLATES;
