-- The topics each registrant covered, next to their counted records in compliance_summary (V8): per
-- session type and registrant, the distinct topics of the sessions where their counted record is Present
-- (active or retired topics alike; a reader keeps the active ones), ascending. A curriculum-completion
-- criterion then reads one row per registrant instead of aggregating every counted record of the type.
-- Computed from counted_attendance by the summary's own maintenance (refresh_compliance_summary and
-- rebuild_compliance_summary in R__compliance.sql), in the same transaction as the counts. Null only
-- for rows written before this column existed, until R__compliance.sql, applied right after this
-- migration, has filled them.
alter table compliance_summary add column covered_topics bigint[];
