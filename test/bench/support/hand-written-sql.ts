// The bench's baselines: the same aggregates as the services, each written as one SQL query for SQLite, with the
// policy's numbers (21 + 21 days) inlined as the services' rules would apply them. Used only to compare speed;
// the bench checks that both give the same figures.

/** The latency report grouped by ministry (type-7 percentiles by window functions). Parameters: asOf, term, ext. */
export const LATENCY_BY_MINISTRY_SQL = `
WITH d AS (
  SELECT questionSetId AS id, MIN(date) AS d1 FROM deferral WHERE date <= :asOf GROUP BY questionSetId
), v AS MATERIALIZED (
  SELECT q.ministryId AS g,
    CAST(julianday(q.submittedOn) AS INTEGER) AS s,
    CASE WHEN q.withdrawnOn <= :asOf AND (q.answeredOn IS NULL OR q.answeredOn > q.withdrawnOn) THEN 1 ELSE 0 END AS w,
    CASE WHEN q.answeredOn <= :asOf THEN CAST(julianday(q.answeredOn) AS INTEGER) END AS a0,
    CAST(julianday(d.d1) AS INTEGER) AS d1
  FROM question_set q LEFT JOIN d ON d.id = q.id
  WHERE q.submittedOn IS NOT NULL AND q.submittedOn <= :asOf
), x AS (
  SELECT g, s, w, d1, CASE WHEN w = 0 THEN a0 END AS a, CASE WHEN w = 0 THEN a0 - s END AS days,
    s + :term + CASE WHEN d1 IS NOT NULL AND (a0 IS NULL OR d1 <= a0) THEN :ext ELSE 0 END AS due,
    ROW_NUMBER() OVER (PARTITION BY g, (w = 0 AND a0 IS NOT NULL) ORDER BY a0 - s) - 1 AS rn,
    SUM(w = 0 AND a0 IS NOT NULL) OVER (PARTITION BY g) AS n
  FROM v
)
SELECT COALESCE(m.name, 'Onbekend') AS "group", COUNT(*) AS count, COUNT(x.a) AS answered,
  ROUND(SUM(CASE WHEN x.a IS NULL THEN NULL
    WHEN rn = CAST((n - 1) * 0.5 AS INTEGER) THEN days * (1 - ((n - 1) * 0.5 - CAST((n - 1) * 0.5 AS INTEGER)))
    WHEN rn = CAST((n - 1) * 0.5 AS INTEGER) + 1 THEN days * ((n - 1) * 0.5 - CAST((n - 1) * 0.5 AS INTEGER)) END), 1) AS medianDays,
  ROUND(AVG(x.days), 1) AS meanDays,
  ROUND(SUM(CASE WHEN x.a IS NULL THEN NULL
    WHEN rn = CAST((n - 1) * 0.9 AS INTEGER) THEN days * (1 - ((n - 1) * 0.9 - CAST((n - 1) * 0.9 AS INTEGER)))
    WHEN rn = CAST((n - 1) * 0.9 AS INTEGER) + 1 THEN days * ((n - 1) * 0.9 - CAST((n - 1) * 0.9 AS INTEGER)) END), 1) AS p90Days,
  ROUND(1.0 * SUM(x.a <= x.due) / NULLIF(COUNT(x.a) + SUM(x.w = 0 AND x.a IS NULL AND CAST(julianday(:asOf) AS INTEGER) > x.due), 0), 3) AS shareOnTime,
  ROUND(1.0 * COUNT(x.d1) / COUNT(*), 3) AS shareWithDeferral,
  ROUND(1.0 * SUM(x.d1 <= x.s + :term) / NULLIF(COUNT(x.d1), 0), 3) AS shareDeferralsInTime,
  MAX(CASE WHEN x.w = 0 AND x.a IS NULL THEN CAST(julianday(:asOf) AS INTEGER) - x.s END) AS longestOpenDays
FROM x LEFT JOIN ministry m ON m.id = x.g
GROUP BY x.g ORDER BY count DESC, "group"`;

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
