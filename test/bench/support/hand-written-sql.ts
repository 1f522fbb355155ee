// The bench's baselines: the same aggregates as the services, each written as one SQL query for SQLite over the
// tables that service reads (the Monday list's with the policy's numbers, 21 + 21 days, inlined as the rules apply
// them). Used only to compare speed; the bench checks that both give the same figures.

/**
 * The latency report grouped by ministry, over the table the service reads (answer_term_projection_ministry: the
 * rules' asOf-independent facts once per ministry that must answer a set; a set naming none is in no group), with
 * type-7 percentiles by window functions. Parameters: asOf, asOfDay (asOf as a day number, 1970-01-01 = 0).
 */
export const LATENCY_BY_MINISTRY_SQL = `
WITH x AS (
  SELECT p."ministryId" AS g, p."submittedOn" AS s,
    CASE WHEN p."answeredDay" <= :asOfDay THEN p."daysToAnswer" END AS days,
    CASE WHEN p."answeredDay" <= :asOfDay THEN p."answeredInTerm" END AS inTerm,
    COALESCE(p."answeredDay" > :asOfDay, 1) AND COALESCE(p."withdrawnDay" > :asOfDay, 1) AS open,
    CASE WHEN p."firstDeferralDay" <= :asOfDay THEN p."extendedTermDay" ELSE p."termDay" END AS due,
    CASE WHEN p."firstDeferralDay" <= :asOfDay THEN p."firstDeferralInTime" END AS firstInTime
  FROM answer_term_projection_ministry p
  WHERE p."submittedOn" <= :asOf
), r AS (
  SELECT x.*, ROW_NUMBER() OVER (PARTITION BY g, days IS NULL ORDER BY days) - 1 AS rn, COUNT(days) OVER (PARTITION BY g) AS n FROM x
)
SELECT m.name AS "group", COUNT(*) AS count, COUNT(r.days) AS answered,
  ROUND(SUM(CASE WHEN r.days IS NULL THEN NULL
    WHEN rn = CAST((n - 1) * 0.5 AS INTEGER) THEN days * (1 - ((n - 1) * 0.5 - CAST((n - 1) * 0.5 AS INTEGER)))
    WHEN rn = CAST((n - 1) * 0.5 AS INTEGER) + 1 THEN days * ((n - 1) * 0.5 - CAST((n - 1) * 0.5 AS INTEGER)) END), 1) AS medianDays,
  ROUND(AVG(r.days), 1) AS meanDays,
  ROUND(SUM(CASE WHEN r.days IS NULL THEN NULL
    WHEN rn = CAST((n - 1) * 0.9 AS INTEGER) THEN days * (1 - ((n - 1) * 0.9 - CAST((n - 1) * 0.9 AS INTEGER)))
    WHEN rn = CAST((n - 1) * 0.9 AS INTEGER) + 1 THEN days * ((n - 1) * 0.9 - CAST((n - 1) * 0.9 AS INTEGER)) END), 1) AS p90Days,
  ROUND(1.0 * SUM(r.inTerm) / NULLIF(COUNT(r.days) + SUM(r.open AND :asOfDay > r.due), 0), 3) AS shareOnTime,
  ROUND(1.0 * COUNT(r.firstInTime) / COUNT(*), 3) AS shareWithDeferral,
  ROUND(1.0 * SUM(r.firstInTime) / NULLIF(COUNT(r.firstInTime), 0), 3) AS shareDeferralsInTime,
  MAX(CASE WHEN r.open THEN CAST(julianday(:asOf) - julianday(r.s) AS INTEGER) END) AS longestOpenDays
FROM r JOIN ministry m ON m.id = r.g
GROUP BY r.g ORDER BY count DESC, "group"`;

/** The Monday list: every overdue set with its minister, terms, days and submitters. Parameters: asOf, term, ext. */
export const OVERDUE_LIST_SQL = `
WITH d AS (
  SELECT questionSetId AS id, MIN(date) AS d1 FROM deferral WHERE date <= :asOf GROUP BY questionSetId
), c AS (
  SELECT q.id, q.key, q.zaak, q.title, q.submittedOn, q.ministerLabel, q.ministryId,
    CAST(julianday(q.submittedOn) AS INTEGER) + :term + CASE WHEN d.d1 IS NOT NULL THEN :ext ELSE 0 END AS due,
    d.d1 IS NOT NULL AS deferred
  FROM question_set q LEFT JOIN d ON d.id = q.id
  WHERE q.submittedOn <= :asOf AND (q.answeredOn IS NULL OR q.answeredOn > :asOf) AND (q.withdrawnOn IS NULL OR q.withdrawnOn > :asOf)
)
SELECT COALESCE(c.ministerLabel, 'Onbekend') AS minister, m.slug AS ministrySlug, m.name AS ministryName,
  c.key, c.zaak, c.title, c.submittedOn, c.deferred,
  CAST(julianday(:asOf) AS INTEGER) - CAST(julianday(c.submittedOn) AS INTEGER) AS daysOutstanding,
  CAST(julianday(:asOf) AS INTEGER) - c.due AS daysOverTerm,
  (SELECT group_concat(p.name || '|' || COALESCE(pa.abbreviation, ''), ';') FROM question_set_submitter s
     JOIN person p ON p.id = s.personId LEFT JOIN party pa ON pa.id = s.partyId WHERE s.questionSetId = c.id) AS submitters
FROM c LEFT JOIN ministry m ON m.id = c.ministryId
WHERE CAST(julianday(:asOf) AS INTEGER) > c.due
ORDER BY minister, daysOverTerm DESC`;
