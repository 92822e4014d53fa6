-- Post-delivery CSAT: metric "delivery-csat" of metrics/delivery-csat.ts, compiled by Journeykit for PostgreSQL.
-- Computes the CSAT of the answers of each month, on a scale of 1 to 5: the share of answers 4, 5 × 100.
-- Reads the table csat-responses: satisfaction (the answer), submitted_at (its date: a DATE or TIMESTAMP, read as UTC), response_id (the response id).
-- Answers that are not whole numbers on the scale, or without a date, are left out, as with `badRows: skip`. A response id on several rows counts once.
-- Result: one row per period: period, value, n (answers).
-- To read it back, save the result as data/delivery-csat.csv, with its header line, and give the metric the source
--   source: { file: data/delivery-csat.csv, format: series }
-- The SQL follows the definition: compile it again after changing the definition.
WITH
journeykit_answers AS (
SELECT to_char((TIMESTAMP '1970-01-01 00:00:00' + CAST(FLOOR(EXTRACT(EPOCH FROM "submitted_at") * 1000) AS BIGINT) * INTERVAL '1 millisecond'), 'YYYY-MM') AS period_label, CASE WHEN LENGTH(btrim(CAST("satisfaction" AS TEXT), chr(32) || chr(9) || chr(10) || chr(11) || chr(12) || chr(13))) <= 1000 AND (btrim(CAST("satisfaction" AS TEXT), chr(32) || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)) ~ '^[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]{1,4})?$') THEN CASE WHEN ABS(CAST(btrim(CAST("satisfaction" AS TEXT), chr(32) || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)) AS NUMERIC)) >= 1.797693134862315807937289714053034150799e308 THEN NULL WHEN ABS(CAST(btrim(CAST("satisfaction" AS TEXT), chr(32) || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)) AS NUMERIC)) < 2.4703282292062328e-324 THEN 0 ELSE CAST(CAST(btrim(CAST("satisfaction" AS TEXT), chr(32) || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)) AS NUMERIC) AS DOUBLE PRECISION) END END AS score, NULLIF(btrim(CAST("response_id" AS TEXT), chr(32) || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)), '') AS response_id
FROM "csat-responses"
),
unique_answers AS (
SELECT period_label, score
FROM (
  SELECT period_label, score, response_id, ROW_NUMBER() OVER (PARTITION BY response_id ORDER BY period_label COLLATE "C" NULLS LAST, score NULLS LAST) AS copy_number
  FROM journeykit_answers
) AS numbered
WHERE response_id IS NULL OR copy_number = 1
),
valid_answers AS (
SELECT period_label, score
FROM unique_answers
WHERE period_label IS NOT NULL AND score IS NOT NULL AND score = FLOOR(score) AND score >= 1 AND score <= 5
)
SELECT period_label AS "period", CAST(SUM(CASE WHEN score IN (4, 5) THEN 1 ELSE 0 END) * 100 AS DOUBLE PRECISION) / COUNT(*) AS "value", COUNT(*) AS "n"
FROM valid_answers
GROUP BY period_label
ORDER BY 1;

-- From jacket page to order: metric "jacket-to-order" of metrics/jacket-to-order.ts, compiled by Journeykit for PostgreSQL.
-- Computes the funnel of the steps (Viewed a jacket → Opened the size guide → Added to basket → Started checkout → Ordered): steps in order, other events allowed between, within 7 days of the first, per person, an attempt voided by order_cancelled before it completes.
-- Reads the table events: person_id (the person), event_time (when: a TIMESTAMP, read as UTC, or a TIMESTAMP WITH TIME ZONE), event_name (the event).
-- Rows without a unit, time or event are left out, and a row repeating the same unit, time and event counts once.
-- Result: one row per month in which units entered: period, value (% who completed), n (who entered).
-- To read it back, save the result as data/jacket-to-order.csv, with its header line, and give the metric the source
--   source: { file: data/jacket-to-order.csv, format: series }
-- The SQL follows the definition: compile it again after changing the definition.
WITH
journeykit_events AS (
SELECT DISTINCT unit_id, at_ms, event_name
FROM (
  SELECT btrim(CAST("person_id" AS TEXT), chr(32) || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)) AS unit_id, CAST(FLOOR(EXTRACT(EPOCH FROM "event_time") * 1000) AS BIGINT) AS at_ms, btrim(CAST("event_name" AS TEXT), chr(32) || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)) AS event_name
  FROM "events"
) AS source_rows
WHERE unit_id <> '' AND event_name <> '' AND at_ms IS NOT NULL AND event_name IN ('product_viewed', 'size_guide_opened', 'add_to_cart', 'checkout_started', 'order_completed', 'order_cancelled')
),
coded AS (
SELECT unit_id, at_ms, event_name,
  CASE WHEN event_name IN ('order_cancelled') THEN 1 ELSE 0 END AS excluded,
  CASE WHEN event_name IN ('product_viewed') THEN 1 ELSE 0 END AS at_step_0,
  CASE WHEN event_name IN ('size_guide_opened') THEN 1 ELSE 0 END AS at_step_1,
  CASE WHEN event_name IN ('add_to_cart') THEN 1 ELSE 0 END AS at_step_2,
  CASE WHEN event_name IN ('checkout_started') THEN 1 ELSE 0 END AS at_step_3,
  CASE WHEN event_name IN ('order_completed') THEN 1 ELSE 0 END AS at_step_4,
  CASE WHEN event_name IN ('order_cancelled') THEN -1 WHEN event_name IN ('product_viewed') THEN 0 WHEN event_name IN ('size_guide_opened') THEN 1 WHEN event_name IN ('add_to_cart') THEN 2 WHEN event_name IN ('checkout_started') THEN 3 WHEN event_name IN ('order_completed') THEN 4 ELSE -2 END AS first_code
FROM journeykit_events
),
positioned AS (
SELECT unit_id, at_ms, event_name, first_code,
  at_step_0,
  at_step_1,
  at_step_2,
  at_step_3,
  at_step_4,
  CASE WHEN MAX(at_step_0 + at_step_1 + at_step_2 + at_step_3 + at_step_4) OVER (PARTITION BY unit_id, at_ms) > 0 THEN 0 ELSE excluded END AS excluded,
  CASE WHEN MIN(excluded + 2 * at_step_0 + 4 * at_step_1 + 8 * at_step_2 + 16 * at_step_3 + 32 * at_step_4) OVER (PARTITION BY unit_id, at_ms) < MAX(excluded + 2 * at_step_0 + 4 * at_step_1 + 8 * at_step_2 + 16 * at_step_3 + 32 * at_step_4) OVER (PARTITION BY unit_id, at_ms) THEN 1 ELSE 0 END AS mixed,
  ROW_NUMBER() OVER (PARTITION BY unit_id ORDER BY at_ms, first_code, event_name COLLATE "C") AS pos
FROM coded
),
scanned AS (
SELECT unit_id, pos, at_ms,
  at_step_0,
  at_step_1,
  at_step_2,
  at_step_3,
  at_step_4,
  MIN(CASE WHEN at_step_1 = 1 THEN pos END) OVER (PARTITION BY unit_id ORDER BY pos ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_1,
  MIN(CASE WHEN at_step_2 = 1 THEN pos END) OVER (PARTITION BY unit_id ORDER BY pos ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_2,
  MIN(CASE WHEN at_step_3 = 1 THEN pos END) OVER (PARTITION BY unit_id ORDER BY pos ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_3,
  MIN(CASE WHEN at_step_4 = 1 THEN pos END) OVER (PARTITION BY unit_id ORDER BY pos ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_4,
  MIN(CASE WHEN excluded = 1 THEN at_ms END) OVER (PARTITION BY unit_id ORDER BY pos ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_excluded_ms
FROM positioned
),
followed AS (
SELECT *,
  next_1 AS follow_1,
  next_2 AS follow_2,
  next_3 AS follow_3,
  next_4 AS follow_4
FROM scanned
),
attempts AS (
SELECT a.unit_id, a.pos AS anchor_pos, a.at_ms AS start_ms,
  CASE WHEN r4.pos IS NOT NULL THEN 5 WHEN r3.pos IS NOT NULL THEN 4 WHEN r2.pos IS NOT NULL THEN 3 WHEN r1.pos IS NOT NULL THEN 2 ELSE 1 END AS reached,
  r4.at_ms - a.at_ms AS duration_ms,
  a.next_excluded_ms IS NOT NULL AND a.next_excluded_ms <= a.at_ms + 604800000 AND (r4.pos IS NULL OR a.next_excluded_ms <= r4.at_ms) AS voided
FROM followed AS a
LEFT JOIN (SELECT * FROM followed WHERE at_step_1 > 0) AS r1 ON r1.unit_id = a.unit_id AND r1.pos = a.follow_1 AND r1.at_ms <= a.at_ms + 604800000
LEFT JOIN (SELECT * FROM followed WHERE at_step_2 > 0) AS r2 ON r2.unit_id = a.unit_id AND r2.pos = r1.follow_2 AND r2.at_ms <= a.at_ms + 604800000
LEFT JOIN (SELECT * FROM followed WHERE at_step_3 > 0) AS r3 ON r3.unit_id = a.unit_id AND r3.pos = r2.follow_3 AND r3.at_ms <= a.at_ms + 604800000
LEFT JOIN (SELECT * FROM followed WHERE at_step_4 > 0) AS r4 ON r4.unit_id = a.unit_id AND r4.pos = r3.follow_4 AND r4.at_ms <= a.at_ms + 604800000
WHERE a.at_step_0 > 0
),
furthest AS (
SELECT unit_id, reached, voided, start_ms, duration_ms
FROM (
  SELECT unit_id, reached, voided, start_ms, duration_ms, ROW_NUMBER() OVER (PARTITION BY unit_id ORDER BY reached DESC, CASE WHEN voided THEN 1 ELSE 0 END, anchor_pos) AS unit_rank
  FROM attempts
) AS ranked
WHERE unit_rank = 1
),
outcomes AS (
SELECT unit_id, CASE WHEN voided THEN 0 ELSE reached END AS depth, start_ms, duration_ms
FROM furthest
),
log_end AS (
SELECT MAX(at_ms) AS last_ms
FROM (
SELECT DISTINCT unit_id, at_ms, event_name
FROM (
  SELECT btrim(CAST("person_id" AS TEXT), chr(32) || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)) AS unit_id, CAST(FLOOR(EXTRACT(EPOCH FROM "event_time") * 1000) AS BIGINT) AS at_ms, btrim(CAST("event_name" AS TEXT), chr(32) || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)) AS event_name
  FROM "events"
) AS source_rows
WHERE unit_id <> '' AND event_name <> '' AND at_ms IS NOT NULL
) AS whole_log
)
SELECT period_label AS "period", (CAST(SUM(completed) AS DOUBLE PRECISION) / COUNT(*)) * 100 AS "value", COUNT(*) AS "n"
FROM (
  SELECT to_char((TIMESTAMP '1970-01-01 00:00:00' + start_ms * INTERVAL '1 millisecond'), 'YYYY-MM') AS period_label, CASE WHEN depth = 5 THEN 1 ELSE 0 END AS completed
  FROM outcomes
  WHERE depth > 0 AND start_ms + 604800000 <= (SELECT last_ms FROM log_end)
) AS entries
GROUP BY period_label
ORDER BY 1;

-- From jacket page to order: metric "jacket-to-order" of metrics/jacket-to-order.ts, compiled by Journeykit for PostgreSQL.
-- Computes the funnel of the steps (Viewed a jacket → Opened the size guide → Added to basket → Started checkout → Ordered): steps in order, other events allowed between, within 7 days of the first, per person, an attempt voided by order_cancelled before it completes.
-- Reads the table events: person_id (the person), event_time (when: a TIMESTAMP, read as UTC, or a TIMESTAMP WITH TIME ZONE), event_name (the event).
-- Rows without a unit, time or event are left out, and a row repeating the same unit, time and event counts once.
-- Result: one row per step: position, step, count, conversion (from the step before, %), overall (from the first step, %), drop_off.
-- The workspace has no file format for this result: it is to read as it is.
-- The SQL follows the definition: compile it again after changing the definition.
WITH
journeykit_events AS (
SELECT DISTINCT unit_id, at_ms, event_name
FROM (
  SELECT btrim(CAST("person_id" AS TEXT), chr(32) || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)) AS unit_id, CAST(FLOOR(EXTRACT(EPOCH FROM "event_time") * 1000) AS BIGINT) AS at_ms, btrim(CAST("event_name" AS TEXT), chr(32) || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)) AS event_name
  FROM "events"
) AS source_rows
WHERE unit_id <> '' AND event_name <> '' AND at_ms IS NOT NULL AND event_name IN ('product_viewed', 'size_guide_opened', 'add_to_cart', 'checkout_started', 'order_completed', 'order_cancelled')
),
coded AS (
SELECT unit_id, at_ms, event_name,
  CASE WHEN event_name IN ('order_cancelled') THEN 1 ELSE 0 END AS excluded,
  CASE WHEN event_name IN ('product_viewed') THEN 1 ELSE 0 END AS at_step_0,
  CASE WHEN event_name IN ('size_guide_opened') THEN 1 ELSE 0 END AS at_step_1,
  CASE WHEN event_name IN ('add_to_cart') THEN 1 ELSE 0 END AS at_step_2,
  CASE WHEN event_name IN ('checkout_started') THEN 1 ELSE 0 END AS at_step_3,
  CASE WHEN event_name IN ('order_completed') THEN 1 ELSE 0 END AS at_step_4,
  CASE WHEN event_name IN ('order_cancelled') THEN -1 WHEN event_name IN ('product_viewed') THEN 0 WHEN event_name IN ('size_guide_opened') THEN 1 WHEN event_name IN ('add_to_cart') THEN 2 WHEN event_name IN ('checkout_started') THEN 3 WHEN event_name IN ('order_completed') THEN 4 ELSE -2 END AS first_code
FROM journeykit_events
),
positioned AS (
SELECT unit_id, at_ms, event_name, first_code,
  at_step_0,
  at_step_1,
  at_step_2,
  at_step_3,
  at_step_4,
  CASE WHEN MAX(at_step_0 + at_step_1 + at_step_2 + at_step_3 + at_step_4) OVER (PARTITION BY unit_id, at_ms) > 0 THEN 0 ELSE excluded END AS excluded,
  CASE WHEN MIN(excluded + 2 * at_step_0 + 4 * at_step_1 + 8 * at_step_2 + 16 * at_step_3 + 32 * at_step_4) OVER (PARTITION BY unit_id, at_ms) < MAX(excluded + 2 * at_step_0 + 4 * at_step_1 + 8 * at_step_2 + 16 * at_step_3 + 32 * at_step_4) OVER (PARTITION BY unit_id, at_ms) THEN 1 ELSE 0 END AS mixed,
  ROW_NUMBER() OVER (PARTITION BY unit_id ORDER BY at_ms, first_code, event_name COLLATE "C") AS pos
FROM coded
),
scanned AS (
SELECT unit_id, pos, at_ms,
  at_step_0,
  at_step_1,
  at_step_2,
  at_step_3,
  at_step_4,
  MIN(CASE WHEN at_step_1 = 1 THEN pos END) OVER (PARTITION BY unit_id ORDER BY pos ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_1,
  MIN(CASE WHEN at_step_2 = 1 THEN pos END) OVER (PARTITION BY unit_id ORDER BY pos ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_2,
  MIN(CASE WHEN at_step_3 = 1 THEN pos END) OVER (PARTITION BY unit_id ORDER BY pos ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_3,
  MIN(CASE WHEN at_step_4 = 1 THEN pos END) OVER (PARTITION BY unit_id ORDER BY pos ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_4,
  MIN(CASE WHEN excluded = 1 THEN at_ms END) OVER (PARTITION BY unit_id ORDER BY pos ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_excluded_ms
FROM positioned
),
followed AS (
SELECT *,
  next_1 AS follow_1,
  next_2 AS follow_2,
  next_3 AS follow_3,
  next_4 AS follow_4
FROM scanned
),
attempts AS (
SELECT a.unit_id, a.pos AS anchor_pos, a.at_ms AS start_ms,
  CASE WHEN r4.pos IS NOT NULL THEN 5 WHEN r3.pos IS NOT NULL THEN 4 WHEN r2.pos IS NOT NULL THEN 3 WHEN r1.pos IS NOT NULL THEN 2 ELSE 1 END AS reached,
  r4.at_ms - a.at_ms AS duration_ms,
  a.next_excluded_ms IS NOT NULL AND a.next_excluded_ms <= a.at_ms + 604800000 AND (r4.pos IS NULL OR a.next_excluded_ms <= r4.at_ms) AS voided
FROM followed AS a
LEFT JOIN (SELECT * FROM followed WHERE at_step_1 > 0) AS r1 ON r1.unit_id = a.unit_id AND r1.pos = a.follow_1 AND r1.at_ms <= a.at_ms + 604800000
LEFT JOIN (SELECT * FROM followed WHERE at_step_2 > 0) AS r2 ON r2.unit_id = a.unit_id AND r2.pos = r1.follow_2 AND r2.at_ms <= a.at_ms + 604800000
LEFT JOIN (SELECT * FROM followed WHERE at_step_3 > 0) AS r3 ON r3.unit_id = a.unit_id AND r3.pos = r2.follow_3 AND r3.at_ms <= a.at_ms + 604800000
LEFT JOIN (SELECT * FROM followed WHERE at_step_4 > 0) AS r4 ON r4.unit_id = a.unit_id AND r4.pos = r3.follow_4 AND r4.at_ms <= a.at_ms + 604800000
WHERE a.at_step_0 > 0
),
furthest AS (
SELECT unit_id, reached, voided, start_ms, duration_ms
FROM (
  SELECT unit_id, reached, voided, start_ms, duration_ms, ROW_NUMBER() OVER (PARTITION BY unit_id ORDER BY reached DESC, CASE WHEN voided THEN 1 ELSE 0 END, anchor_pos) AS unit_rank
  FROM attempts
) AS ranked
WHERE unit_rank = 1
),
outcomes AS (
SELECT unit_id, CASE WHEN voided THEN 0 ELSE reached END AS depth, start_ms, duration_ms
FROM furthest
),
step_counts AS (
SELECT COALESCE(SUM(CASE WHEN depth > 0 THEN 1 ELSE 0 END), 0) AS reached_0, COALESCE(SUM(CASE WHEN depth > 1 THEN 1 ELSE 0 END), 0) AS reached_1, COALESCE(SUM(CASE WHEN depth > 2 THEN 1 ELSE 0 END), 0) AS reached_2, COALESCE(SUM(CASE WHEN depth > 3 THEN 1 ELSE 0 END), 0) AS reached_3, COALESCE(SUM(CASE WHEN depth > 4 THEN 1 ELSE 0 END), 0) AS reached_4
FROM outcomes
)
SELECT 1 AS "position", 'Viewed a jacket' AS "step", reached_0 AS "count", CAST(NULL AS DOUBLE PRECISION) AS "conversion", CASE WHEN reached_0 = 0 THEN NULL ELSE CAST(reached_0 * 100 AS DOUBLE PRECISION) / reached_0 END AS "overall", 0 AS "drop_off"
FROM step_counts
UNION ALL
SELECT 2 AS "position", 'Opened the size guide' AS "step", reached_1 AS "count", CASE WHEN reached_0 = 0 THEN NULL ELSE CAST(reached_1 * 100 AS DOUBLE PRECISION) / reached_0 END AS "conversion", CASE WHEN reached_0 = 0 THEN NULL ELSE CAST(reached_1 * 100 AS DOUBLE PRECISION) / reached_0 END AS "overall", reached_0 - reached_1 AS "drop_off"
FROM step_counts
UNION ALL
SELECT 3 AS "position", 'Added to basket' AS "step", reached_2 AS "count", CASE WHEN reached_1 = 0 THEN NULL ELSE CAST(reached_2 * 100 AS DOUBLE PRECISION) / reached_1 END AS "conversion", CASE WHEN reached_0 = 0 THEN NULL ELSE CAST(reached_2 * 100 AS DOUBLE PRECISION) / reached_0 END AS "overall", reached_1 - reached_2 AS "drop_off"
FROM step_counts
UNION ALL
SELECT 4 AS "position", 'Started checkout' AS "step", reached_3 AS "count", CASE WHEN reached_2 = 0 THEN NULL ELSE CAST(reached_3 * 100 AS DOUBLE PRECISION) / reached_2 END AS "conversion", CASE WHEN reached_0 = 0 THEN NULL ELSE CAST(reached_3 * 100 AS DOUBLE PRECISION) / reached_0 END AS "overall", reached_2 - reached_3 AS "drop_off"
FROM step_counts
UNION ALL
SELECT 5 AS "position", 'Ordered' AS "step", reached_4 AS "count", CASE WHEN reached_3 = 0 THEN NULL ELSE CAST(reached_4 * 100 AS DOUBLE PRECISION) / reached_3 END AS "conversion", CASE WHEN reached_0 = 0 THEN NULL ELSE CAST(reached_4 * 100 AS DOUBLE PRECISION) / reached_0 END AS "overall", reached_3 - reached_4 AS "drop_off"
FROM step_counts
ORDER BY 1;

-- From jacket page to order: metric "jacket-to-order" of metrics/jacket-to-order.ts, compiled by Journeykit for PostgreSQL.
-- Computes the funnel of the steps (Viewed a jacket → Opened the size guide → Added to basket → Started checkout → Ordered): steps in order, other events allowed between, within 7 days of the first, per person, an attempt voided by order_cancelled before it completes.
-- Reads the table events: person_id (the person), event_time (when: a TIMESTAMP, read as UTC, or a TIMESTAMP WITH TIME ZONE), event_name (the event).
-- Rows without a unit, time or event are left out, and a row repeating the same unit, time and event counts once.
-- Result: one row: entered, completed, excluded (every attempt voided), and the median_ms, mean_ms and p90_ms time to convert, in milliseconds.
-- The workspace has no file format for this result: it is to read as it is.
-- The SQL follows the definition: compile it again after changing the definition.
WITH
journeykit_events AS (
SELECT DISTINCT unit_id, at_ms, event_name
FROM (
  SELECT btrim(CAST("person_id" AS TEXT), chr(32) || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)) AS unit_id, CAST(FLOOR(EXTRACT(EPOCH FROM "event_time") * 1000) AS BIGINT) AS at_ms, btrim(CAST("event_name" AS TEXT), chr(32) || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)) AS event_name
  FROM "events"
) AS source_rows
WHERE unit_id <> '' AND event_name <> '' AND at_ms IS NOT NULL AND event_name IN ('product_viewed', 'size_guide_opened', 'add_to_cart', 'checkout_started', 'order_completed', 'order_cancelled')
),
coded AS (
SELECT unit_id, at_ms, event_name,
  CASE WHEN event_name IN ('order_cancelled') THEN 1 ELSE 0 END AS excluded,
  CASE WHEN event_name IN ('product_viewed') THEN 1 ELSE 0 END AS at_step_0,
  CASE WHEN event_name IN ('size_guide_opened') THEN 1 ELSE 0 END AS at_step_1,
  CASE WHEN event_name IN ('add_to_cart') THEN 1 ELSE 0 END AS at_step_2,
  CASE WHEN event_name IN ('checkout_started') THEN 1 ELSE 0 END AS at_step_3,
  CASE WHEN event_name IN ('order_completed') THEN 1 ELSE 0 END AS at_step_4,
  CASE WHEN event_name IN ('order_cancelled') THEN -1 WHEN event_name IN ('product_viewed') THEN 0 WHEN event_name IN ('size_guide_opened') THEN 1 WHEN event_name IN ('add_to_cart') THEN 2 WHEN event_name IN ('checkout_started') THEN 3 WHEN event_name IN ('order_completed') THEN 4 ELSE -2 END AS first_code
FROM journeykit_events
),
positioned AS (
SELECT unit_id, at_ms, event_name, first_code,
  at_step_0,
  at_step_1,
  at_step_2,
  at_step_3,
  at_step_4,
  CASE WHEN MAX(at_step_0 + at_step_1 + at_step_2 + at_step_3 + at_step_4) OVER (PARTITION BY unit_id, at_ms) > 0 THEN 0 ELSE excluded END AS excluded,
  CASE WHEN MIN(excluded + 2 * at_step_0 + 4 * at_step_1 + 8 * at_step_2 + 16 * at_step_3 + 32 * at_step_4) OVER (PARTITION BY unit_id, at_ms) < MAX(excluded + 2 * at_step_0 + 4 * at_step_1 + 8 * at_step_2 + 16 * at_step_3 + 32 * at_step_4) OVER (PARTITION BY unit_id, at_ms) THEN 1 ELSE 0 END AS mixed,
  ROW_NUMBER() OVER (PARTITION BY unit_id ORDER BY at_ms, first_code, event_name COLLATE "C") AS pos
FROM coded
),
scanned AS (
SELECT unit_id, pos, at_ms,
  at_step_0,
  at_step_1,
  at_step_2,
  at_step_3,
  at_step_4,
  MIN(CASE WHEN at_step_1 = 1 THEN pos END) OVER (PARTITION BY unit_id ORDER BY pos ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_1,
  MIN(CASE WHEN at_step_2 = 1 THEN pos END) OVER (PARTITION BY unit_id ORDER BY pos ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_2,
  MIN(CASE WHEN at_step_3 = 1 THEN pos END) OVER (PARTITION BY unit_id ORDER BY pos ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_3,
  MIN(CASE WHEN at_step_4 = 1 THEN pos END) OVER (PARTITION BY unit_id ORDER BY pos ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_4,
  MIN(CASE WHEN excluded = 1 THEN at_ms END) OVER (PARTITION BY unit_id ORDER BY pos ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_excluded_ms
FROM positioned
),
followed AS (
SELECT *,
  next_1 AS follow_1,
  next_2 AS follow_2,
  next_3 AS follow_3,
  next_4 AS follow_4
FROM scanned
),
attempts AS (
SELECT a.unit_id, a.pos AS anchor_pos, a.at_ms AS start_ms,
  CASE WHEN r4.pos IS NOT NULL THEN 5 WHEN r3.pos IS NOT NULL THEN 4 WHEN r2.pos IS NOT NULL THEN 3 WHEN r1.pos IS NOT NULL THEN 2 ELSE 1 END AS reached,
  r4.at_ms - a.at_ms AS duration_ms,
  a.next_excluded_ms IS NOT NULL AND a.next_excluded_ms <= a.at_ms + 604800000 AND (r4.pos IS NULL OR a.next_excluded_ms <= r4.at_ms) AS voided
FROM followed AS a
LEFT JOIN (SELECT * FROM followed WHERE at_step_1 > 0) AS r1 ON r1.unit_id = a.unit_id AND r1.pos = a.follow_1 AND r1.at_ms <= a.at_ms + 604800000
LEFT JOIN (SELECT * FROM followed WHERE at_step_2 > 0) AS r2 ON r2.unit_id = a.unit_id AND r2.pos = r1.follow_2 AND r2.at_ms <= a.at_ms + 604800000
LEFT JOIN (SELECT * FROM followed WHERE at_step_3 > 0) AS r3 ON r3.unit_id = a.unit_id AND r3.pos = r2.follow_3 AND r3.at_ms <= a.at_ms + 604800000
LEFT JOIN (SELECT * FROM followed WHERE at_step_4 > 0) AS r4 ON r4.unit_id = a.unit_id AND r4.pos = r3.follow_4 AND r4.at_ms <= a.at_ms + 604800000
WHERE a.at_step_0 > 0
),
furthest AS (
SELECT unit_id, reached, voided, start_ms, duration_ms
FROM (
  SELECT unit_id, reached, voided, start_ms, duration_ms, ROW_NUMBER() OVER (PARTITION BY unit_id ORDER BY reached DESC, CASE WHEN voided THEN 1 ELSE 0 END, anchor_pos) AS unit_rank
  FROM attempts
) AS ranked
WHERE unit_rank = 1
),
outcomes AS (
SELECT unit_id, CASE WHEN voided THEN 0 ELSE reached END AS depth, start_ms, duration_ms
FROM furthest
)
SELECT *
FROM (
  SELECT
    COALESCE(SUM(CASE WHEN depth > 0 THEN 1 ELSE 0 END), 0) AS "entered",
    COALESCE(SUM(CASE WHEN depth = 5 THEN 1 ELSE 0 END), 0) AS "completed",
    COALESCE(SUM(CASE WHEN depth = 0 THEN 1 ELSE 0 END), 0) AS "excluded"
  FROM outcomes
) AS totals
CROSS JOIN (
  SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY CAST(duration_ms AS DOUBLE PRECISION)) AS "median_ms", AVG(CAST(duration_ms AS DOUBLE PRECISION)) AS "mean_ms", percentile_cont(0.9) WITHIN GROUP (ORDER BY CAST(duration_ms AS DOUBLE PRECISION)) AS "p90_ms"
  FROM outcomes
  WHERE depth = 5
) AS timing;

-- From jacket page to order: metric "jacket-to-order" of metrics/jacket-to-order.ts, compiled by Journeykit for PostgreSQL.
-- Computes the funnel of the steps (Viewed a jacket → Opened the size guide → Added to basket → Started checkout → Ordered): steps in order, other events allowed between, within 7 days of the first, per person, an attempt voided by order_cancelled before it completes.
-- Reads the table events: person_id (the person), event_time (when: a TIMESTAMP, read as UTC, or a TIMESTAMP WITH TIME ZONE), event_name (the event).
-- Rows without a unit, time or event are left out, and a row repeating the same unit, time and event counts once.
-- Result: one row per model and channel: model, channel, credit, share (of conversions), conversions; time decay with a half-life of 7 days.
-- The workspace has no file format for this result: it is to read as it is.
-- The SQL follows the definition: compile it again after changing the definition.
WITH
journeykit_events AS (
SELECT DISTINCT unit_id, at_ms, event_name
FROM (
  SELECT btrim(CAST("person_id" AS TEXT), chr(32) || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)) AS unit_id, CAST(FLOOR(EXTRACT(EPOCH FROM "event_time") * 1000) AS BIGINT) AS at_ms, btrim(CAST("event_name" AS TEXT), chr(32) || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)) AS event_name
  FROM "events"
) AS source_rows
WHERE unit_id <> '' AND event_name <> '' AND at_ms IS NOT NULL AND event_name IN ('add_to_cart', 'checkout_started', 'order_completed', 'order_confirmation_sent', 'ad_clicked', 'product_viewed', 'size_guide_opened', 'chat_started', 'reviews_viewed', 'products_compared', 'delivery_tracked', 'delivery_push_sent', 'care_guide_viewed', 'post_purchase_email_opened', 'loyalty_joined', 'return_started', 'review_request_sent', 'nps_answered', 'review_submitted', 'referral_sent')
),
conversions AS (
SELECT unit_id, MIN(at_ms) AS converted_ms
FROM journeykit_events
WHERE event_name IN ('add_to_cart', 'checkout_started', 'order_completed', 'order_confirmation_sent')
GROUP BY unit_id
),
touches AS (
SELECT journeykit_events.unit_id, journeykit_events.at_ms, CASE event_name WHEN 'ad_clicked' THEN 'paid-ads' WHEN 'product_viewed' THEN 'web' WHEN 'size_guide_opened' THEN 'web' WHEN 'chat_started' THEN 'chat' WHEN 'reviews_viewed' THEN 'web' WHEN 'products_compared' THEN 'web' WHEN 'add_to_cart' THEN 'web' WHEN 'checkout_started' THEN 'web' WHEN 'order_completed' THEN 'web' WHEN 'order_confirmation_sent' THEN 'email' WHEN 'delivery_tracked' THEN 'web' WHEN 'delivery_push_sent' THEN 'store-app-push' WHEN 'care_guide_viewed' THEN 'web' WHEN 'post_purchase_email_opened' THEN 'email' WHEN 'loyalty_joined' THEN 'web' WHEN 'return_started' THEN 'web' WHEN 'review_request_sent' THEN 'email' WHEN 'nps_answered' THEN 'email' WHEN 'review_submitted' THEN 'web' WHEN 'referral_sent' THEN 'web' END AS channel
FROM journeykit_events
JOIN conversions ON conversions.unit_id = journeykit_events.unit_id AND journeykit_events.at_ms < conversions.converted_ms
WHERE event_name IN ('ad_clicked', 'product_viewed', 'size_guide_opened', 'chat_started', 'reviews_viewed', 'products_compared', 'add_to_cart', 'checkout_started', 'order_completed', 'order_confirmation_sent', 'delivery_tracked', 'delivery_push_sent', 'care_guide_viewed', 'post_purchase_email_opened', 'loyalty_joined', 'return_started', 'review_request_sent', 'nps_answered', 'review_submitted', 'referral_sent')
),
numbered AS (
SELECT unit_id, at_ms, channel,
  ROW_NUMBER() OVER (PARTITION BY unit_id ORDER BY at_ms, channel COLLATE "C") AS touch_number,
  COUNT(*) OVER (PARTITION BY unit_id) AS touch_count,
  POWER(CAST(2 AS DOUBLE PRECISION), CAST(-(MAX(at_ms) OVER (PARTITION BY unit_id) - at_ms) AS DOUBLE PRECISION) / 86400000 / CAST(7 AS DOUBLE PRECISION)) AS decay
FROM touches
),
ordered AS (
SELECT *, MAX(CASE WHEN NOT (channel IN ('web')) THEN touch_number END) OVER (PARTITION BY unit_id) AS last_non_direct,
  SUM(decay) OVER (PARTITION BY unit_id) AS decay_total
FROM numbered
),
weighted AS (
SELECT 'first' AS model, channel, CASE WHEN touch_number = 1 THEN CAST(1 AS DOUBLE PRECISION) ELSE CAST(0 AS DOUBLE PRECISION) END AS weight
FROM ordered
UNION ALL
SELECT 'last' AS model, channel, CASE WHEN touch_number = touch_count THEN CAST(1 AS DOUBLE PRECISION) ELSE CAST(0 AS DOUBLE PRECISION) END AS weight
FROM ordered
UNION ALL
SELECT 'last-non-direct' AS model, channel, CASE WHEN touch_number = COALESCE(last_non_direct, touch_count) THEN CAST(1 AS DOUBLE PRECISION) ELSE CAST(0 AS DOUBLE PRECISION) END AS weight
FROM ordered
UNION ALL
SELECT 'linear' AS model, channel, CAST(1 AS DOUBLE PRECISION) / touch_count AS weight
FROM ordered
UNION ALL
SELECT 'position-based' AS model, channel, CASE WHEN touch_count = 1 THEN CAST(1 AS DOUBLE PRECISION) WHEN touch_count = 2 THEN CAST(0.5 AS DOUBLE PRECISION) WHEN touch_number = 1 OR touch_number = touch_count THEN CAST(0.4 AS DOUBLE PRECISION) ELSE CAST(0.2 AS DOUBLE PRECISION) / (touch_count - 2) END AS weight
FROM ordered
UNION ALL
SELECT 'time-decay' AS model, channel, decay / decay_total AS weight
FROM ordered
),
credits AS (
SELECT model, channel, SUM(weight) AS credit
FROM weighted
WHERE weight > 0
GROUP BY model, channel
)
SELECT model AS "model", channel AS "channel", credit AS "credit", credit / conversions AS "share", conversions AS "conversions"
FROM credits
CROSS JOIN (SELECT COUNT(DISTINCT unit_id) AS conversions FROM touches) AS converted
ORDER BY CASE model WHEN 'first' THEN 0 WHEN 'last' THEN 1 WHEN 'last-non-direct' THEN 2 WHEN 'linear' THEN 3 WHEN 'position-based' THEN 4 WHEN 'time-decay' THEN 5 END, credit DESC, channel COLLATE "C";

-- Net Promoter Score: metric "nps" of metrics/nps.ts, compiled by Journeykit for PostgreSQL.
-- Computes the NPS of the answers of each month: 100 × (promoters, 9–10, − detractors, 0–6) / answers.
-- Reads the table nps-responses: likelihood_to_recommend (the answer), submitted_at (its date: a DATE or TIMESTAMP, read as UTC), response_id (the response id).
-- Answers that are not whole numbers on the scale, or without a date, are left out, as with `badRows: skip`. A response id on several rows counts once.
-- Result: one row per period: period, value, n (answers).
-- To read it back, save the result as data/nps.csv, with its header line, and give the metric the source
--   source: { file: data/nps.csv, format: series }
-- The SQL follows the definition: compile it again after changing the definition.
WITH
journeykit_answers AS (
SELECT to_char((TIMESTAMP '1970-01-01 00:00:00' + CAST(FLOOR(EXTRACT(EPOCH FROM "submitted_at") * 1000) AS BIGINT) * INTERVAL '1 millisecond'), 'YYYY-MM') AS period_label, CASE WHEN LENGTH(btrim(CAST("likelihood_to_recommend" AS TEXT), chr(32) || chr(9) || chr(10) || chr(11) || chr(12) || chr(13))) <= 1000 AND (btrim(CAST("likelihood_to_recommend" AS TEXT), chr(32) || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)) ~ '^[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]{1,4})?$') THEN CASE WHEN ABS(CAST(btrim(CAST("likelihood_to_recommend" AS TEXT), chr(32) || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)) AS NUMERIC)) >= 1.797693134862315807937289714053034150799e308 THEN NULL WHEN ABS(CAST(btrim(CAST("likelihood_to_recommend" AS TEXT), chr(32) || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)) AS NUMERIC)) < 2.4703282292062328e-324 THEN 0 ELSE CAST(CAST(btrim(CAST("likelihood_to_recommend" AS TEXT), chr(32) || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)) AS NUMERIC) AS DOUBLE PRECISION) END END AS score, NULLIF(btrim(CAST("response_id" AS TEXT), chr(32) || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)), '') AS response_id
FROM "nps-responses"
),
unique_answers AS (
SELECT period_label, score
FROM (
  SELECT period_label, score, response_id, ROW_NUMBER() OVER (PARTITION BY response_id ORDER BY period_label COLLATE "C" NULLS LAST, score NULLS LAST) AS copy_number
  FROM journeykit_answers
) AS numbered
WHERE response_id IS NULL OR copy_number = 1
),
valid_answers AS (
SELECT period_label, score
FROM unique_answers
WHERE period_label IS NOT NULL AND score IS NOT NULL AND score = FLOOR(score) AND score >= 0 AND score <= 10
)
SELECT period_label AS "period", CAST((SUM(CASE WHEN score >= 9 THEN 1 ELSE 0 END) - SUM(CASE WHEN score <= 6 THEN 1 ELSE 0 END)) * 100 AS DOUBLE PRECISION) / COUNT(*) AS "value", COUNT(*) AS "n"
FROM valid_answers
GROUP BY period_label
ORDER BY 1;

-- From ad click to recommendation: metric "purchase-funnel" of metrics/purchase-funnel.ts, compiled by Journeykit for PostgreSQL.
-- Computes the funnel of the journey "First rain jacket" (Discover Northwind → Choose a jacket → Buy → Receive and first use → Come back → Recommend): steps in order, other events allowed between, within 30 days of the first, per person, an attempt voided by order_cancelled before it completes.
-- Reads the table events: person_id (the person), event_time (when: a TIMESTAMP, read as UTC, or a TIMESTAMP WITH TIME ZONE), event_name (the event).
-- Rows without a unit, time or event are left out, and a row repeating the same unit, time and event counts once.
-- Result: one row per month in which units entered: period, value (% who completed), n (who entered).
-- To read it back, save the result as data/purchase-funnel.csv, with its header line, and give the metric the source
--   source: { file: data/purchase-funnel.csv, format: series }
-- The SQL follows the definition: compile it again after changing the definition.
WITH
journeykit_events AS (
SELECT DISTINCT unit_id, at_ms, event_name
FROM (
  SELECT btrim(CAST("person_id" AS TEXT), chr(32) || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)) AS unit_id, CAST(FLOOR(EXTRACT(EPOCH FROM "event_time") * 1000) AS BIGINT) AS at_ms, btrim(CAST("event_name" AS TEXT), chr(32) || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)) AS event_name
  FROM "events"
) AS source_rows
WHERE unit_id <> '' AND event_name <> '' AND at_ms IS NOT NULL AND event_name IN ('ad_clicked', 'product_viewed', 'size_guide_opened', 'chat_started', 'reviews_viewed', 'products_compared', 'add_to_cart', 'checkout_started', 'order_completed', 'order_confirmation_sent', 'delivery_tracked', 'delivery_push_sent', 'care_guide_viewed', 'post_purchase_email_opened', 'loyalty_joined', 'return_started', 'review_request_sent', 'nps_answered', 'review_submitted', 'referral_sent', 'order_cancelled')
),
coded AS (
SELECT unit_id, at_ms, event_name,
  CASE WHEN event_name IN ('order_cancelled') THEN 1 ELSE 0 END AS excluded,
  CASE WHEN event_name IN ('ad_clicked') THEN 1 ELSE 0 END AS at_step_0,
  CASE WHEN event_name IN ('product_viewed', 'size_guide_opened', 'chat_started', 'reviews_viewed', 'products_compared') THEN 1 ELSE 0 END AS at_step_1,
  CASE WHEN event_name IN ('add_to_cart', 'checkout_started', 'order_completed', 'order_confirmation_sent') THEN 1 ELSE 0 END AS at_step_2,
  CASE WHEN event_name IN ('delivery_tracked', 'delivery_push_sent', 'care_guide_viewed') THEN 1 ELSE 0 END AS at_step_3,
  CASE WHEN event_name IN ('post_purchase_email_opened', 'loyalty_joined', 'return_started', 'order_completed') THEN 1 ELSE 0 END AS at_step_4,
  CASE WHEN event_name IN ('review_request_sent', 'nps_answered', 'review_submitted', 'referral_sent') THEN 1 ELSE 0 END AS at_step_5,
  CASE WHEN event_name IN ('order_cancelled') THEN -1 WHEN event_name IN ('ad_clicked') THEN 0 WHEN event_name IN ('product_viewed', 'size_guide_opened', 'chat_started', 'reviews_viewed', 'products_compared') THEN 1 WHEN event_name IN ('add_to_cart', 'checkout_started', 'order_completed', 'order_confirmation_sent') THEN 2 WHEN event_name IN ('delivery_tracked', 'delivery_push_sent', 'care_guide_viewed') THEN 3 WHEN event_name IN ('post_purchase_email_opened', 'loyalty_joined', 'return_started', 'order_completed') THEN 4 WHEN event_name IN ('review_request_sent', 'nps_answered', 'review_submitted', 'referral_sent') THEN 5 ELSE -2 END AS first_code
FROM journeykit_events
),
positioned AS (
SELECT unit_id, at_ms, event_name, first_code,
  at_step_0,
  at_step_1,
  at_step_2,
  at_step_3,
  at_step_4,
  at_step_5,
  CASE WHEN MAX(at_step_0 + at_step_1 + at_step_2 + at_step_3 + at_step_4 + at_step_5) OVER (PARTITION BY unit_id, at_ms) > 0 THEN 0 ELSE excluded END AS excluded,
  CASE WHEN MIN(excluded + 2 * at_step_0 + 4 * at_step_1 + 8 * at_step_2 + 16 * at_step_3 + 32 * at_step_4 + 64 * at_step_5) OVER (PARTITION BY unit_id, at_ms) < MAX(excluded + 2 * at_step_0 + 4 * at_step_1 + 8 * at_step_2 + 16 * at_step_3 + 32 * at_step_4 + 64 * at_step_5) OVER (PARTITION BY unit_id, at_ms) THEN 1 ELSE 0 END AS mixed,
  ROW_NUMBER() OVER (PARTITION BY unit_id ORDER BY at_ms, first_code, event_name COLLATE "C") AS pos
FROM coded
),
scanned AS (
SELECT unit_id, pos, at_ms,
  at_step_0,
  at_step_1,
  at_step_2,
  at_step_3,
  at_step_4,
  at_step_5,
  MIN(CASE WHEN at_step_1 = 1 THEN pos END) OVER (PARTITION BY unit_id ORDER BY pos ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_1,
  MIN(CASE WHEN at_step_2 = 1 THEN pos END) OVER (PARTITION BY unit_id ORDER BY pos ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_2,
  MIN(CASE WHEN at_step_3 = 1 THEN pos END) OVER (PARTITION BY unit_id ORDER BY pos ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_3,
  MIN(CASE WHEN at_step_4 = 1 THEN pos END) OVER (PARTITION BY unit_id ORDER BY pos ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_4,
  MIN(CASE WHEN at_step_5 = 1 THEN pos END) OVER (PARTITION BY unit_id ORDER BY pos ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_5,
  MIN(CASE WHEN excluded = 1 THEN at_ms END) OVER (PARTITION BY unit_id ORDER BY pos ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_excluded_ms
FROM positioned
),
followed AS (
SELECT *,
  next_1 AS follow_1,
  next_2 AS follow_2,
  next_3 AS follow_3,
  next_4 AS follow_4,
  next_5 AS follow_5
FROM scanned
),
attempts AS (
SELECT a.unit_id, a.pos AS anchor_pos, a.at_ms AS start_ms,
  CASE WHEN r5.pos IS NOT NULL THEN 6 WHEN r4.pos IS NOT NULL THEN 5 WHEN r3.pos IS NOT NULL THEN 4 WHEN r2.pos IS NOT NULL THEN 3 WHEN r1.pos IS NOT NULL THEN 2 ELSE 1 END AS reached,
  r5.at_ms - a.at_ms AS duration_ms,
  a.next_excluded_ms IS NOT NULL AND a.next_excluded_ms <= a.at_ms + 2592000000 AND (r5.pos IS NULL OR a.next_excluded_ms <= r5.at_ms) AS voided
FROM followed AS a
LEFT JOIN (SELECT * FROM followed WHERE at_step_1 > 0) AS r1 ON r1.unit_id = a.unit_id AND r1.pos = a.follow_1 AND r1.at_ms <= a.at_ms + 2592000000
LEFT JOIN (SELECT * FROM followed WHERE at_step_2 > 0) AS r2 ON r2.unit_id = a.unit_id AND r2.pos = r1.follow_2 AND r2.at_ms <= a.at_ms + 2592000000
LEFT JOIN (SELECT * FROM followed WHERE at_step_3 > 0) AS r3 ON r3.unit_id = a.unit_id AND r3.pos = r2.follow_3 AND r3.at_ms <= a.at_ms + 2592000000
LEFT JOIN (SELECT * FROM followed WHERE at_step_4 > 0) AS r4 ON r4.unit_id = a.unit_id AND r4.pos = r3.follow_4 AND r4.at_ms <= a.at_ms + 2592000000
LEFT JOIN (SELECT * FROM followed WHERE at_step_5 > 0) AS r5 ON r5.unit_id = a.unit_id AND r5.pos = r4.follow_5 AND r5.at_ms <= a.at_ms + 2592000000
WHERE a.at_step_0 > 0
),
furthest AS (
SELECT unit_id, reached, voided, start_ms, duration_ms
FROM (
  SELECT unit_id, reached, voided, start_ms, duration_ms, ROW_NUMBER() OVER (PARTITION BY unit_id ORDER BY reached DESC, CASE WHEN voided THEN 1 ELSE 0 END, anchor_pos) AS unit_rank
  FROM attempts
) AS ranked
WHERE unit_rank = 1
),
outcomes AS (
SELECT unit_id, CASE WHEN voided THEN 0 ELSE reached END AS depth, start_ms, duration_ms
FROM furthest
),
log_end AS (
SELECT MAX(at_ms) AS last_ms
FROM (
SELECT DISTINCT unit_id, at_ms, event_name
FROM (
  SELECT btrim(CAST("person_id" AS TEXT), chr(32) || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)) AS unit_id, CAST(FLOOR(EXTRACT(EPOCH FROM "event_time") * 1000) AS BIGINT) AS at_ms, btrim(CAST("event_name" AS TEXT), chr(32) || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)) AS event_name
  FROM "events"
) AS source_rows
WHERE unit_id <> '' AND event_name <> '' AND at_ms IS NOT NULL
) AS whole_log
)
SELECT period_label AS "period", (CAST(SUM(completed) AS DOUBLE PRECISION) / COUNT(*)) * 100 AS "value", COUNT(*) AS "n"
FROM (
  SELECT to_char((TIMESTAMP '1970-01-01 00:00:00' + start_ms * INTERVAL '1 millisecond'), 'YYYY-MM') AS period_label, CASE WHEN depth = 6 THEN 1 ELSE 0 END AS completed
  FROM outcomes
  WHERE depth > 0 AND start_ms + 2592000000 <= (SELECT last_ms FROM log_end)
) AS entries
GROUP BY period_label
ORDER BY 1;

-- From ad click to recommendation: metric "purchase-funnel" of metrics/purchase-funnel.ts, compiled by Journeykit for PostgreSQL.
-- Computes the funnel of the journey "First rain jacket" (Discover Northwind → Choose a jacket → Buy → Receive and first use → Come back → Recommend): steps in order, other events allowed between, within 30 days of the first, per person, an attempt voided by order_cancelled before it completes.
-- Reads the table events: person_id (the person), event_time (when: a TIMESTAMP, read as UTC, or a TIMESTAMP WITH TIME ZONE), event_name (the event).
-- Rows without a unit, time or event are left out, and a row repeating the same unit, time and event counts once.
-- Result: one row per step: position, step, count, conversion (from the step before, %), overall (from the first step, %), drop_off.
-- The workspace has no file format for this result: it is to read as it is.
-- The SQL follows the definition: compile it again after changing the definition.
WITH
journeykit_events AS (
SELECT DISTINCT unit_id, at_ms, event_name
FROM (
  SELECT btrim(CAST("person_id" AS TEXT), chr(32) || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)) AS unit_id, CAST(FLOOR(EXTRACT(EPOCH FROM "event_time") * 1000) AS BIGINT) AS at_ms, btrim(CAST("event_name" AS TEXT), chr(32) || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)) AS event_name
  FROM "events"
) AS source_rows
WHERE unit_id <> '' AND event_name <> '' AND at_ms IS NOT NULL AND event_name IN ('ad_clicked', 'product_viewed', 'size_guide_opened', 'chat_started', 'reviews_viewed', 'products_compared', 'add_to_cart', 'checkout_started', 'order_completed', 'order_confirmation_sent', 'delivery_tracked', 'delivery_push_sent', 'care_guide_viewed', 'post_purchase_email_opened', 'loyalty_joined', 'return_started', 'review_request_sent', 'nps_answered', 'review_submitted', 'referral_sent', 'order_cancelled')
),
coded AS (
SELECT unit_id, at_ms, event_name,
  CASE WHEN event_name IN ('order_cancelled') THEN 1 ELSE 0 END AS excluded,
  CASE WHEN event_name IN ('ad_clicked') THEN 1 ELSE 0 END AS at_step_0,
  CASE WHEN event_name IN ('product_viewed', 'size_guide_opened', 'chat_started', 'reviews_viewed', 'products_compared') THEN 1 ELSE 0 END AS at_step_1,
  CASE WHEN event_name IN ('add_to_cart', 'checkout_started', 'order_completed', 'order_confirmation_sent') THEN 1 ELSE 0 END AS at_step_2,
  CASE WHEN event_name IN ('delivery_tracked', 'delivery_push_sent', 'care_guide_viewed') THEN 1 ELSE 0 END AS at_step_3,
  CASE WHEN event_name IN ('post_purchase_email_opened', 'loyalty_joined', 'return_started', 'order_completed') THEN 1 ELSE 0 END AS at_step_4,
  CASE WHEN event_name IN ('review_request_sent', 'nps_answered', 'review_submitted', 'referral_sent') THEN 1 ELSE 0 END AS at_step_5,
  CASE WHEN event_name IN ('order_cancelled') THEN -1 WHEN event_name IN ('ad_clicked') THEN 0 WHEN event_name IN ('product_viewed', 'size_guide_opened', 'chat_started', 'reviews_viewed', 'products_compared') THEN 1 WHEN event_name IN ('add_to_cart', 'checkout_started', 'order_completed', 'order_confirmation_sent') THEN 2 WHEN event_name IN ('delivery_tracked', 'delivery_push_sent', 'care_guide_viewed') THEN 3 WHEN event_name IN ('post_purchase_email_opened', 'loyalty_joined', 'return_started', 'order_completed') THEN 4 WHEN event_name IN ('review_request_sent', 'nps_answered', 'review_submitted', 'referral_sent') THEN 5 ELSE -2 END AS first_code
FROM journeykit_events
),
positioned AS (
SELECT unit_id, at_ms, event_name, first_code,
  at_step_0,
  at_step_1,
  at_step_2,
  at_step_3,
  at_step_4,
  at_step_5,
  CASE WHEN MAX(at_step_0 + at_step_1 + at_step_2 + at_step_3 + at_step_4 + at_step_5) OVER (PARTITION BY unit_id, at_ms) > 0 THEN 0 ELSE excluded END AS excluded,
  CASE WHEN MIN(excluded + 2 * at_step_0 + 4 * at_step_1 + 8 * at_step_2 + 16 * at_step_3 + 32 * at_step_4 + 64 * at_step_5) OVER (PARTITION BY unit_id, at_ms) < MAX(excluded + 2 * at_step_0 + 4 * at_step_1 + 8 * at_step_2 + 16 * at_step_3 + 32 * at_step_4 + 64 * at_step_5) OVER (PARTITION BY unit_id, at_ms) THEN 1 ELSE 0 END AS mixed,
  ROW_NUMBER() OVER (PARTITION BY unit_id ORDER BY at_ms, first_code, event_name COLLATE "C") AS pos
FROM coded
),
scanned AS (
SELECT unit_id, pos, at_ms,
  at_step_0,
  at_step_1,
  at_step_2,
  at_step_3,
  at_step_4,
  at_step_5,
  MIN(CASE WHEN at_step_1 = 1 THEN pos END) OVER (PARTITION BY unit_id ORDER BY pos ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_1,
  MIN(CASE WHEN at_step_2 = 1 THEN pos END) OVER (PARTITION BY unit_id ORDER BY pos ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_2,
  MIN(CASE WHEN at_step_3 = 1 THEN pos END) OVER (PARTITION BY unit_id ORDER BY pos ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_3,
  MIN(CASE WHEN at_step_4 = 1 THEN pos END) OVER (PARTITION BY unit_id ORDER BY pos ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_4,
  MIN(CASE WHEN at_step_5 = 1 THEN pos END) OVER (PARTITION BY unit_id ORDER BY pos ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_5,
  MIN(CASE WHEN excluded = 1 THEN at_ms END) OVER (PARTITION BY unit_id ORDER BY pos ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_excluded_ms
FROM positioned
),
followed AS (
SELECT *,
  next_1 AS follow_1,
  next_2 AS follow_2,
  next_3 AS follow_3,
  next_4 AS follow_4,
  next_5 AS follow_5
FROM scanned
),
attempts AS (
SELECT a.unit_id, a.pos AS anchor_pos, a.at_ms AS start_ms,
  CASE WHEN r5.pos IS NOT NULL THEN 6 WHEN r4.pos IS NOT NULL THEN 5 WHEN r3.pos IS NOT NULL THEN 4 WHEN r2.pos IS NOT NULL THEN 3 WHEN r1.pos IS NOT NULL THEN 2 ELSE 1 END AS reached,
  r5.at_ms - a.at_ms AS duration_ms,
  a.next_excluded_ms IS NOT NULL AND a.next_excluded_ms <= a.at_ms + 2592000000 AND (r5.pos IS NULL OR a.next_excluded_ms <= r5.at_ms) AS voided
FROM followed AS a
LEFT JOIN (SELECT * FROM followed WHERE at_step_1 > 0) AS r1 ON r1.unit_id = a.unit_id AND r1.pos = a.follow_1 AND r1.at_ms <= a.at_ms + 2592000000
LEFT JOIN (SELECT * FROM followed WHERE at_step_2 > 0) AS r2 ON r2.unit_id = a.unit_id AND r2.pos = r1.follow_2 AND r2.at_ms <= a.at_ms + 2592000000
LEFT JOIN (SELECT * FROM followed WHERE at_step_3 > 0) AS r3 ON r3.unit_id = a.unit_id AND r3.pos = r2.follow_3 AND r3.at_ms <= a.at_ms + 2592000000
LEFT JOIN (SELECT * FROM followed WHERE at_step_4 > 0) AS r4 ON r4.unit_id = a.unit_id AND r4.pos = r3.follow_4 AND r4.at_ms <= a.at_ms + 2592000000
LEFT JOIN (SELECT * FROM followed WHERE at_step_5 > 0) AS r5 ON r5.unit_id = a.unit_id AND r5.pos = r4.follow_5 AND r5.at_ms <= a.at_ms + 2592000000
WHERE a.at_step_0 > 0
),
furthest AS (
SELECT unit_id, reached, voided, start_ms, duration_ms
FROM (
  SELECT unit_id, reached, voided, start_ms, duration_ms, ROW_NUMBER() OVER (PARTITION BY unit_id ORDER BY reached DESC, CASE WHEN voided THEN 1 ELSE 0 END, anchor_pos) AS unit_rank
  FROM attempts
) AS ranked
WHERE unit_rank = 1
),
outcomes AS (
SELECT unit_id, CASE WHEN voided THEN 0 ELSE reached END AS depth, start_ms, duration_ms
FROM furthest
),
step_counts AS (
SELECT COALESCE(SUM(CASE WHEN depth > 0 THEN 1 ELSE 0 END), 0) AS reached_0, COALESCE(SUM(CASE WHEN depth > 1 THEN 1 ELSE 0 END), 0) AS reached_1, COALESCE(SUM(CASE WHEN depth > 2 THEN 1 ELSE 0 END), 0) AS reached_2, COALESCE(SUM(CASE WHEN depth > 3 THEN 1 ELSE 0 END), 0) AS reached_3, COALESCE(SUM(CASE WHEN depth > 4 THEN 1 ELSE 0 END), 0) AS reached_4, COALESCE(SUM(CASE WHEN depth > 5 THEN 1 ELSE 0 END), 0) AS reached_5
FROM outcomes
)
SELECT 1 AS "position", 'Discover Northwind' AS "step", reached_0 AS "count", CAST(NULL AS DOUBLE PRECISION) AS "conversion", CASE WHEN reached_0 = 0 THEN NULL ELSE CAST(reached_0 * 100 AS DOUBLE PRECISION) / reached_0 END AS "overall", 0 AS "drop_off"
FROM step_counts
UNION ALL
SELECT 2 AS "position", 'Choose a jacket' AS "step", reached_1 AS "count", CASE WHEN reached_0 = 0 THEN NULL ELSE CAST(reached_1 * 100 AS DOUBLE PRECISION) / reached_0 END AS "conversion", CASE WHEN reached_0 = 0 THEN NULL ELSE CAST(reached_1 * 100 AS DOUBLE PRECISION) / reached_0 END AS "overall", reached_0 - reached_1 AS "drop_off"
FROM step_counts
UNION ALL
SELECT 3 AS "position", 'Buy' AS "step", reached_2 AS "count", CASE WHEN reached_1 = 0 THEN NULL ELSE CAST(reached_2 * 100 AS DOUBLE PRECISION) / reached_1 END AS "conversion", CASE WHEN reached_0 = 0 THEN NULL ELSE CAST(reached_2 * 100 AS DOUBLE PRECISION) / reached_0 END AS "overall", reached_1 - reached_2 AS "drop_off"
FROM step_counts
UNION ALL
SELECT 4 AS "position", 'Receive and first use' AS "step", reached_3 AS "count", CASE WHEN reached_2 = 0 THEN NULL ELSE CAST(reached_3 * 100 AS DOUBLE PRECISION) / reached_2 END AS "conversion", CASE WHEN reached_0 = 0 THEN NULL ELSE CAST(reached_3 * 100 AS DOUBLE PRECISION) / reached_0 END AS "overall", reached_2 - reached_3 AS "drop_off"
FROM step_counts
UNION ALL
SELECT 5 AS "position", 'Come back' AS "step", reached_4 AS "count", CASE WHEN reached_3 = 0 THEN NULL ELSE CAST(reached_4 * 100 AS DOUBLE PRECISION) / reached_3 END AS "conversion", CASE WHEN reached_0 = 0 THEN NULL ELSE CAST(reached_4 * 100 AS DOUBLE PRECISION) / reached_0 END AS "overall", reached_3 - reached_4 AS "drop_off"
FROM step_counts
UNION ALL
SELECT 6 AS "position", 'Recommend' AS "step", reached_5 AS "count", CASE WHEN reached_4 = 0 THEN NULL ELSE CAST(reached_5 * 100 AS DOUBLE PRECISION) / reached_4 END AS "conversion", CASE WHEN reached_0 = 0 THEN NULL ELSE CAST(reached_5 * 100 AS DOUBLE PRECISION) / reached_0 END AS "overall", reached_4 - reached_5 AS "drop_off"
FROM step_counts
ORDER BY 1;

-- From ad click to recommendation: metric "purchase-funnel" of metrics/purchase-funnel.ts, compiled by Journeykit for PostgreSQL.
-- Computes the funnel of the journey "First rain jacket" (Discover Northwind → Choose a jacket → Buy → Receive and first use → Come back → Recommend): steps in order, other events allowed between, within 30 days of the first, per person, an attempt voided by order_cancelled before it completes.
-- Reads the table events: person_id (the person), event_time (when: a TIMESTAMP, read as UTC, or a TIMESTAMP WITH TIME ZONE), event_name (the event).
-- Rows without a unit, time or event are left out, and a row repeating the same unit, time and event counts once.
-- Result: one row: entered, completed, excluded (every attempt voided), and the median_ms, mean_ms and p90_ms time to convert, in milliseconds.
-- The workspace has no file format for this result: it is to read as it is.
-- The SQL follows the definition: compile it again after changing the definition.
WITH
journeykit_events AS (
SELECT DISTINCT unit_id, at_ms, event_name
FROM (
  SELECT btrim(CAST("person_id" AS TEXT), chr(32) || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)) AS unit_id, CAST(FLOOR(EXTRACT(EPOCH FROM "event_time") * 1000) AS BIGINT) AS at_ms, btrim(CAST("event_name" AS TEXT), chr(32) || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)) AS event_name
  FROM "events"
) AS source_rows
WHERE unit_id <> '' AND event_name <> '' AND at_ms IS NOT NULL AND event_name IN ('ad_clicked', 'product_viewed', 'size_guide_opened', 'chat_started', 'reviews_viewed', 'products_compared', 'add_to_cart', 'checkout_started', 'order_completed', 'order_confirmation_sent', 'delivery_tracked', 'delivery_push_sent', 'care_guide_viewed', 'post_purchase_email_opened', 'loyalty_joined', 'return_started', 'review_request_sent', 'nps_answered', 'review_submitted', 'referral_sent', 'order_cancelled')
),
coded AS (
SELECT unit_id, at_ms, event_name,
  CASE WHEN event_name IN ('order_cancelled') THEN 1 ELSE 0 END AS excluded,
  CASE WHEN event_name IN ('ad_clicked') THEN 1 ELSE 0 END AS at_step_0,
  CASE WHEN event_name IN ('product_viewed', 'size_guide_opened', 'chat_started', 'reviews_viewed', 'products_compared') THEN 1 ELSE 0 END AS at_step_1,
  CASE WHEN event_name IN ('add_to_cart', 'checkout_started', 'order_completed', 'order_confirmation_sent') THEN 1 ELSE 0 END AS at_step_2,
  CASE WHEN event_name IN ('delivery_tracked', 'delivery_push_sent', 'care_guide_viewed') THEN 1 ELSE 0 END AS at_step_3,
  CASE WHEN event_name IN ('post_purchase_email_opened', 'loyalty_joined', 'return_started', 'order_completed') THEN 1 ELSE 0 END AS at_step_4,
  CASE WHEN event_name IN ('review_request_sent', 'nps_answered', 'review_submitted', 'referral_sent') THEN 1 ELSE 0 END AS at_step_5,
  CASE WHEN event_name IN ('order_cancelled') THEN -1 WHEN event_name IN ('ad_clicked') THEN 0 WHEN event_name IN ('product_viewed', 'size_guide_opened', 'chat_started', 'reviews_viewed', 'products_compared') THEN 1 WHEN event_name IN ('add_to_cart', 'checkout_started', 'order_completed', 'order_confirmation_sent') THEN 2 WHEN event_name IN ('delivery_tracked', 'delivery_push_sent', 'care_guide_viewed') THEN 3 WHEN event_name IN ('post_purchase_email_opened', 'loyalty_joined', 'return_started', 'order_completed') THEN 4 WHEN event_name IN ('review_request_sent', 'nps_answered', 'review_submitted', 'referral_sent') THEN 5 ELSE -2 END AS first_code
FROM journeykit_events
),
positioned AS (
SELECT unit_id, at_ms, event_name, first_code,
  at_step_0,
  at_step_1,
  at_step_2,
  at_step_3,
  at_step_4,
  at_step_5,
  CASE WHEN MAX(at_step_0 + at_step_1 + at_step_2 + at_step_3 + at_step_4 + at_step_5) OVER (PARTITION BY unit_id, at_ms) > 0 THEN 0 ELSE excluded END AS excluded,
  CASE WHEN MIN(excluded + 2 * at_step_0 + 4 * at_step_1 + 8 * at_step_2 + 16 * at_step_3 + 32 * at_step_4 + 64 * at_step_5) OVER (PARTITION BY unit_id, at_ms) < MAX(excluded + 2 * at_step_0 + 4 * at_step_1 + 8 * at_step_2 + 16 * at_step_3 + 32 * at_step_4 + 64 * at_step_5) OVER (PARTITION BY unit_id, at_ms) THEN 1 ELSE 0 END AS mixed,
  ROW_NUMBER() OVER (PARTITION BY unit_id ORDER BY at_ms, first_code, event_name COLLATE "C") AS pos
FROM coded
),
scanned AS (
SELECT unit_id, pos, at_ms,
  at_step_0,
  at_step_1,
  at_step_2,
  at_step_3,
  at_step_4,
  at_step_5,
  MIN(CASE WHEN at_step_1 = 1 THEN pos END) OVER (PARTITION BY unit_id ORDER BY pos ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_1,
  MIN(CASE WHEN at_step_2 = 1 THEN pos END) OVER (PARTITION BY unit_id ORDER BY pos ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_2,
  MIN(CASE WHEN at_step_3 = 1 THEN pos END) OVER (PARTITION BY unit_id ORDER BY pos ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_3,
  MIN(CASE WHEN at_step_4 = 1 THEN pos END) OVER (PARTITION BY unit_id ORDER BY pos ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_4,
  MIN(CASE WHEN at_step_5 = 1 THEN pos END) OVER (PARTITION BY unit_id ORDER BY pos ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_5,
  MIN(CASE WHEN excluded = 1 THEN at_ms END) OVER (PARTITION BY unit_id ORDER BY pos ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_excluded_ms
FROM positioned
),
followed AS (
SELECT *,
  next_1 AS follow_1,
  next_2 AS follow_2,
  next_3 AS follow_3,
  next_4 AS follow_4,
  next_5 AS follow_5
FROM scanned
),
attempts AS (
SELECT a.unit_id, a.pos AS anchor_pos, a.at_ms AS start_ms,
  CASE WHEN r5.pos IS NOT NULL THEN 6 WHEN r4.pos IS NOT NULL THEN 5 WHEN r3.pos IS NOT NULL THEN 4 WHEN r2.pos IS NOT NULL THEN 3 WHEN r1.pos IS NOT NULL THEN 2 ELSE 1 END AS reached,
  r5.at_ms - a.at_ms AS duration_ms,
  a.next_excluded_ms IS NOT NULL AND a.next_excluded_ms <= a.at_ms + 2592000000 AND (r5.pos IS NULL OR a.next_excluded_ms <= r5.at_ms) AS voided
FROM followed AS a
LEFT JOIN (SELECT * FROM followed WHERE at_step_1 > 0) AS r1 ON r1.unit_id = a.unit_id AND r1.pos = a.follow_1 AND r1.at_ms <= a.at_ms + 2592000000
LEFT JOIN (SELECT * FROM followed WHERE at_step_2 > 0) AS r2 ON r2.unit_id = a.unit_id AND r2.pos = r1.follow_2 AND r2.at_ms <= a.at_ms + 2592000000
LEFT JOIN (SELECT * FROM followed WHERE at_step_3 > 0) AS r3 ON r3.unit_id = a.unit_id AND r3.pos = r2.follow_3 AND r3.at_ms <= a.at_ms + 2592000000
LEFT JOIN (SELECT * FROM followed WHERE at_step_4 > 0) AS r4 ON r4.unit_id = a.unit_id AND r4.pos = r3.follow_4 AND r4.at_ms <= a.at_ms + 2592000000
LEFT JOIN (SELECT * FROM followed WHERE at_step_5 > 0) AS r5 ON r5.unit_id = a.unit_id AND r5.pos = r4.follow_5 AND r5.at_ms <= a.at_ms + 2592000000
WHERE a.at_step_0 > 0
),
furthest AS (
SELECT unit_id, reached, voided, start_ms, duration_ms
FROM (
  SELECT unit_id, reached, voided, start_ms, duration_ms, ROW_NUMBER() OVER (PARTITION BY unit_id ORDER BY reached DESC, CASE WHEN voided THEN 1 ELSE 0 END, anchor_pos) AS unit_rank
  FROM attempts
) AS ranked
WHERE unit_rank = 1
),
outcomes AS (
SELECT unit_id, CASE WHEN voided THEN 0 ELSE reached END AS depth, start_ms, duration_ms
FROM furthest
)
SELECT *
FROM (
  SELECT
    COALESCE(SUM(CASE WHEN depth > 0 THEN 1 ELSE 0 END), 0) AS "entered",
    COALESCE(SUM(CASE WHEN depth = 6 THEN 1 ELSE 0 END), 0) AS "completed",
    COALESCE(SUM(CASE WHEN depth = 0 THEN 1 ELSE 0 END), 0) AS "excluded"
  FROM outcomes
) AS totals
CROSS JOIN (
  SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY CAST(duration_ms AS DOUBLE PRECISION)) AS "median_ms", AVG(CAST(duration_ms AS DOUBLE PRECISION)) AS "mean_ms", percentile_cont(0.9) WITHIN GROUP (ORDER BY CAST(duration_ms AS DOUBLE PRECISION)) AS "p90_ms"
  FROM outcomes
  WHERE depth = 6
) AS timing;

-- From ad click to recommendation: metric "purchase-funnel" of metrics/purchase-funnel.ts, compiled by Journeykit for PostgreSQL.
-- Computes the funnel of the journey "First rain jacket" (Discover Northwind → Choose a jacket → Buy → Receive and first use → Come back → Recommend): steps in order, other events allowed between, within 30 days of the first, per person, an attempt voided by order_cancelled before it completes.
-- Reads the table events: person_id (the person), event_time (when: a TIMESTAMP, read as UTC, or a TIMESTAMP WITH TIME ZONE), event_name (the event).
-- Rows without a unit, time or event are left out, and a row repeating the same unit, time and event counts once.
-- Result: one row per model and channel: model, channel, credit, share (of conversions), conversions; time decay with a half-life of 7 days.
-- The workspace has no file format for this result: it is to read as it is.
-- The SQL follows the definition: compile it again after changing the definition.
WITH
journeykit_events AS (
SELECT DISTINCT unit_id, at_ms, event_name
FROM (
  SELECT btrim(CAST("person_id" AS TEXT), chr(32) || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)) AS unit_id, CAST(FLOOR(EXTRACT(EPOCH FROM "event_time") * 1000) AS BIGINT) AS at_ms, btrim(CAST("event_name" AS TEXT), chr(32) || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)) AS event_name
  FROM "events"
) AS source_rows
WHERE unit_id <> '' AND event_name <> '' AND at_ms IS NOT NULL AND event_name IN ('add_to_cart', 'checkout_started', 'order_completed', 'order_confirmation_sent', 'ad_clicked', 'product_viewed', 'size_guide_opened', 'chat_started', 'reviews_viewed', 'products_compared', 'delivery_tracked', 'delivery_push_sent', 'care_guide_viewed', 'post_purchase_email_opened', 'loyalty_joined', 'return_started', 'review_request_sent', 'nps_answered', 'review_submitted', 'referral_sent')
),
conversions AS (
SELECT unit_id, MIN(at_ms) AS converted_ms
FROM journeykit_events
WHERE event_name IN ('add_to_cart', 'checkout_started', 'order_completed', 'order_confirmation_sent')
GROUP BY unit_id
),
touches AS (
SELECT journeykit_events.unit_id, journeykit_events.at_ms, CASE event_name WHEN 'ad_clicked' THEN 'paid-ads' WHEN 'product_viewed' THEN 'web' WHEN 'size_guide_opened' THEN 'web' WHEN 'chat_started' THEN 'chat' WHEN 'reviews_viewed' THEN 'web' WHEN 'products_compared' THEN 'web' WHEN 'add_to_cart' THEN 'web' WHEN 'checkout_started' THEN 'web' WHEN 'order_completed' THEN 'web' WHEN 'order_confirmation_sent' THEN 'email' WHEN 'delivery_tracked' THEN 'web' WHEN 'delivery_push_sent' THEN 'store-app-push' WHEN 'care_guide_viewed' THEN 'web' WHEN 'post_purchase_email_opened' THEN 'email' WHEN 'loyalty_joined' THEN 'web' WHEN 'return_started' THEN 'web' WHEN 'review_request_sent' THEN 'email' WHEN 'nps_answered' THEN 'email' WHEN 'review_submitted' THEN 'web' WHEN 'referral_sent' THEN 'web' END AS channel
FROM journeykit_events
JOIN conversions ON conversions.unit_id = journeykit_events.unit_id AND journeykit_events.at_ms < conversions.converted_ms
WHERE event_name IN ('ad_clicked', 'product_viewed', 'size_guide_opened', 'chat_started', 'reviews_viewed', 'products_compared', 'add_to_cart', 'checkout_started', 'order_completed', 'order_confirmation_sent', 'delivery_tracked', 'delivery_push_sent', 'care_guide_viewed', 'post_purchase_email_opened', 'loyalty_joined', 'return_started', 'review_request_sent', 'nps_answered', 'review_submitted', 'referral_sent')
),
numbered AS (
SELECT unit_id, at_ms, channel,
  ROW_NUMBER() OVER (PARTITION BY unit_id ORDER BY at_ms, channel COLLATE "C") AS touch_number,
  COUNT(*) OVER (PARTITION BY unit_id) AS touch_count,
  POWER(CAST(2 AS DOUBLE PRECISION), CAST(-(MAX(at_ms) OVER (PARTITION BY unit_id) - at_ms) AS DOUBLE PRECISION) / 86400000 / CAST(7 AS DOUBLE PRECISION)) AS decay
FROM touches
),
ordered AS (
SELECT *, MAX(CASE WHEN NOT (channel IN ('web')) THEN touch_number END) OVER (PARTITION BY unit_id) AS last_non_direct,
  SUM(decay) OVER (PARTITION BY unit_id) AS decay_total
FROM numbered
),
weighted AS (
SELECT 'first' AS model, channel, CASE WHEN touch_number = 1 THEN CAST(1 AS DOUBLE PRECISION) ELSE CAST(0 AS DOUBLE PRECISION) END AS weight
FROM ordered
UNION ALL
SELECT 'last' AS model, channel, CASE WHEN touch_number = touch_count THEN CAST(1 AS DOUBLE PRECISION) ELSE CAST(0 AS DOUBLE PRECISION) END AS weight
FROM ordered
UNION ALL
SELECT 'last-non-direct' AS model, channel, CASE WHEN touch_number = COALESCE(last_non_direct, touch_count) THEN CAST(1 AS DOUBLE PRECISION) ELSE CAST(0 AS DOUBLE PRECISION) END AS weight
FROM ordered
UNION ALL
SELECT 'linear' AS model, channel, CAST(1 AS DOUBLE PRECISION) / touch_count AS weight
FROM ordered
UNION ALL
SELECT 'position-based' AS model, channel, CASE WHEN touch_count = 1 THEN CAST(1 AS DOUBLE PRECISION) WHEN touch_count = 2 THEN CAST(0.5 AS DOUBLE PRECISION) WHEN touch_number = 1 OR touch_number = touch_count THEN CAST(0.4 AS DOUBLE PRECISION) ELSE CAST(0.2 AS DOUBLE PRECISION) / (touch_count - 2) END AS weight
FROM ordered
UNION ALL
SELECT 'time-decay' AS model, channel, decay / decay_total AS weight
FROM ordered
),
credits AS (
SELECT model, channel, SUM(weight) AS credit
FROM weighted
WHERE weight > 0
GROUP BY model, channel
)
SELECT model AS "model", channel AS "channel", credit AS "credit", credit / conversions AS "share", conversions AS "conversions"
FROM credits
CROSS JOIN (SELECT COUNT(DISTINCT unit_id) AS conversions FROM touches) AS converted
ORDER BY CASE model WHEN 'first' THEN 0 WHEN 'last' THEN 1 WHEN 'last-non-direct' THEN 2 WHEN 'linear' THEN 3 WHEN 'position-based' THEN 4 WHEN 'time-decay' THEN 5 END, credit DESC, channel COLLATE "C";

-- Repeat purchase rate: metric "repeat-purchase-rate" of metrics/repeat-purchase-rate.ts, compiled by Journeykit for PostgreSQL.
-- Computes cohort retention: units grouped by the month of their first order_completed, and the share of each cohort doing order_completed in each later month, per person.
-- Reads the table events: person_id (the person), event_time (when: a TIMESTAMP, read as UTC, or a TIMESTAMP WITH TIME ZONE), event_name (the event).
-- Rows without a unit, time or event are left out, and a row repeating the same unit, time and event counts once.
-- Result: one row per cohort whose month 1 after the start has ended: period (the cohort), value (its retention then), n (its size).
-- To read it back, save the result as data/repeat-purchase-rate.csv, with its header line, and give the metric the source
--   source: { file: data/repeat-purchase-rate.csv, format: series }
-- The SQL follows the definition: compile it again after changing the definition.
WITH
journeykit_events AS (
SELECT DISTINCT unit_id, at_ms, event_name
FROM (
  SELECT btrim(CAST("person_id" AS TEXT), chr(32) || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)) AS unit_id, CAST(FLOOR(EXTRACT(EPOCH FROM "event_time") * 1000) AS BIGINT) AS at_ms, btrim(CAST("event_name" AS TEXT), chr(32) || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)) AS event_name
  FROM "events"
) AS source_rows
WHERE unit_id <> '' AND event_name <> '' AND at_ms IS NOT NULL AND event_name IN ('order_completed')
),
bounds AS (
SELECT CAST(EXTRACT(YEAR FROM (TIMESTAMP '1970-01-01 00:00:00' + MAX(at_ms) * INTERVAL '1 millisecond')) * 12 + EXTRACT(MONTH FROM (TIMESTAMP '1970-01-01 00:00:00' + MAX(at_ms) * INTERVAL '1 millisecond')) - 1 AS BIGINT) AS last_period
FROM (
SELECT DISTINCT unit_id, at_ms, event_name
FROM (
  SELECT btrim(CAST("person_id" AS TEXT), chr(32) || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)) AS unit_id, CAST(FLOOR(EXTRACT(EPOCH FROM "event_time") * 1000) AS BIGINT) AS at_ms, btrim(CAST("event_name" AS TEXT), chr(32) || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)) AS event_name
  FROM "events"
) AS source_rows
WHERE unit_id <> '' AND event_name <> '' AND at_ms IS NOT NULL
) AS whole_log
),
members AS (
SELECT unit_id, MIN(at_ms) AS start_ms
FROM journeykit_events
WHERE event_name IN ('order_completed')
GROUP BY unit_id
),
cohorts AS (
SELECT unit_id, start_ms, CAST(EXTRACT(YEAR FROM (TIMESTAMP '1970-01-01 00:00:00' + start_ms * INTERVAL '1 millisecond')) * 12 + EXTRACT(MONTH FROM (TIMESTAMP '1970-01-01 00:00:00' + start_ms * INTERVAL '1 millisecond')) - 1 AS BIGINT) AS cohort
FROM members
),
activity AS (
SELECT DISTINCT cohorts.unit_id, cohorts.cohort, CAST(EXTRACT(YEAR FROM (TIMESTAMP '1970-01-01 00:00:00' + journeykit_events.at_ms * INTERVAL '1 millisecond')) * 12 + EXTRACT(MONTH FROM (TIMESTAMP '1970-01-01 00:00:00' + journeykit_events.at_ms * INTERVAL '1 millisecond')) - 1 AS BIGINT) - cohorts.cohort AS active_offset
FROM journeykit_events
JOIN cohorts ON cohorts.unit_id = journeykit_events.unit_id
WHERE journeykit_events.event_name IN ('order_completed') AND CAST(EXTRACT(YEAR FROM (TIMESTAMP '1970-01-01 00:00:00' + journeykit_events.at_ms * INTERVAL '1 millisecond')) * 12 + EXTRACT(MONTH FROM (TIMESTAMP '1970-01-01 00:00:00' + journeykit_events.at_ms * INTERVAL '1 millisecond')) - 1 AS BIGINT) - cohorts.cohort >= 1
),
sizes AS (
SELECT cohort, COUNT(*) AS size, MIN(start_ms) AS first_start_ms
FROM cohorts
GROUP BY cohort
),
cells AS (
SELECT sizes.cohort, sizes.size, sizes.first_start_ms, bounds.last_period, offsets.offset_number AS cell_offset
FROM sizes
CROSS JOIN bounds
CROSS JOIN LATERAL generate_series(0, bounds.last_period - sizes.cohort) AS offsets(offset_number)
),
returned AS (
SELECT cohort, active_offset AS cell_offset, COUNT(*) AS people
FROM activity
GROUP BY cohort, active_offset
),
counted AS (
SELECT cells.cohort, cells.size, cells.first_start_ms, cells.cell_offset, cells.last_period,
  CASE WHEN cells.cell_offset = 0 THEN cells.size ELSE COALESCE(returned.people, 0) END AS people
FROM cells
LEFT JOIN returned ON returned.cohort = cells.cohort AND returned.cell_offset = cells.cell_offset
)
SELECT to_char((TIMESTAMP '1970-01-01 00:00:00' + first_start_ms * INTERVAL '1 millisecond'), 'YYYY-MM') AS "period", CAST(people * 100 AS DOUBLE PRECISION) / size AS "value", size AS "n"
FROM counted
WHERE cell_offset = 1 AND cohort + cell_offset < last_period
ORDER BY 1;

-- Repeat purchase rate: metric "repeat-purchase-rate" of metrics/repeat-purchase-rate.ts, compiled by Journeykit for PostgreSQL.
-- Computes cohort retention: units grouped by the month of their first order_completed, and the share of each cohort doing order_completed in each later month, per person.
-- Reads the table events: person_id (the person), event_time (when: a TIMESTAMP, read as UTC, or a TIMESTAMP WITH TIME ZONE), event_name (the event).
-- Rows without a unit, time or event are left out, and a row repeating the same unit, time and event counts once.
-- Result: one row per cohort and period after its start: cohort, offset, size, returned, value (returned / size × 100), incomplete (the period has not ended).
-- The workspace has no file format for this result: it is to read as it is.
-- The SQL follows the definition: compile it again after changing the definition.
WITH
journeykit_events AS (
SELECT DISTINCT unit_id, at_ms, event_name
FROM (
  SELECT btrim(CAST("person_id" AS TEXT), chr(32) || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)) AS unit_id, CAST(FLOOR(EXTRACT(EPOCH FROM "event_time") * 1000) AS BIGINT) AS at_ms, btrim(CAST("event_name" AS TEXT), chr(32) || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)) AS event_name
  FROM "events"
) AS source_rows
WHERE unit_id <> '' AND event_name <> '' AND at_ms IS NOT NULL AND event_name IN ('order_completed')
),
bounds AS (
SELECT CAST(EXTRACT(YEAR FROM (TIMESTAMP '1970-01-01 00:00:00' + MAX(at_ms) * INTERVAL '1 millisecond')) * 12 + EXTRACT(MONTH FROM (TIMESTAMP '1970-01-01 00:00:00' + MAX(at_ms) * INTERVAL '1 millisecond')) - 1 AS BIGINT) AS last_period
FROM (
SELECT DISTINCT unit_id, at_ms, event_name
FROM (
  SELECT btrim(CAST("person_id" AS TEXT), chr(32) || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)) AS unit_id, CAST(FLOOR(EXTRACT(EPOCH FROM "event_time") * 1000) AS BIGINT) AS at_ms, btrim(CAST("event_name" AS TEXT), chr(32) || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)) AS event_name
  FROM "events"
) AS source_rows
WHERE unit_id <> '' AND event_name <> '' AND at_ms IS NOT NULL
) AS whole_log
),
members AS (
SELECT unit_id, MIN(at_ms) AS start_ms
FROM journeykit_events
WHERE event_name IN ('order_completed')
GROUP BY unit_id
),
cohorts AS (
SELECT unit_id, start_ms, CAST(EXTRACT(YEAR FROM (TIMESTAMP '1970-01-01 00:00:00' + start_ms * INTERVAL '1 millisecond')) * 12 + EXTRACT(MONTH FROM (TIMESTAMP '1970-01-01 00:00:00' + start_ms * INTERVAL '1 millisecond')) - 1 AS BIGINT) AS cohort
FROM members
),
activity AS (
SELECT DISTINCT cohorts.unit_id, cohorts.cohort, CAST(EXTRACT(YEAR FROM (TIMESTAMP '1970-01-01 00:00:00' + journeykit_events.at_ms * INTERVAL '1 millisecond')) * 12 + EXTRACT(MONTH FROM (TIMESTAMP '1970-01-01 00:00:00' + journeykit_events.at_ms * INTERVAL '1 millisecond')) - 1 AS BIGINT) - cohorts.cohort AS active_offset
FROM journeykit_events
JOIN cohorts ON cohorts.unit_id = journeykit_events.unit_id
WHERE journeykit_events.event_name IN ('order_completed') AND CAST(EXTRACT(YEAR FROM (TIMESTAMP '1970-01-01 00:00:00' + journeykit_events.at_ms * INTERVAL '1 millisecond')) * 12 + EXTRACT(MONTH FROM (TIMESTAMP '1970-01-01 00:00:00' + journeykit_events.at_ms * INTERVAL '1 millisecond')) - 1 AS BIGINT) - cohorts.cohort >= 1
),
sizes AS (
SELECT cohort, COUNT(*) AS size, MIN(start_ms) AS first_start_ms
FROM cohorts
GROUP BY cohort
),
cells AS (
SELECT sizes.cohort, sizes.size, sizes.first_start_ms, bounds.last_period, offsets.offset_number AS cell_offset
FROM sizes
CROSS JOIN bounds
CROSS JOIN LATERAL generate_series(0, bounds.last_period - sizes.cohort) AS offsets(offset_number)
),
returned AS (
SELECT cohort, active_offset AS cell_offset, COUNT(*) AS people
FROM activity
GROUP BY cohort, active_offset
),
counted AS (
SELECT cells.cohort, cells.size, cells.first_start_ms, cells.cell_offset, cells.last_period,
  CASE WHEN cells.cell_offset = 0 THEN cells.size ELSE COALESCE(returned.people, 0) END AS people
FROM cells
LEFT JOIN returned ON returned.cohort = cells.cohort AND returned.cell_offset = cells.cell_offset
)
SELECT to_char((TIMESTAMP '1970-01-01 00:00:00' + first_start_ms * INTERVAL '1 millisecond'), 'YYYY-MM') AS "cohort", cell_offset AS "offset", size AS "size",
  people AS "returned", CAST(people * 100 AS DOUBLE PRECISION) / size AS "value",
  cohort + cell_offset = last_period AS "incomplete"
FROM counted
ORDER BY 1, 2;
