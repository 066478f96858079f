-- The early warning of the compliance screen (R__compliance.sql): how many absences in a row make it
-- list a registrant, per session type; and the sessions not held yet (Scheduled or In progress) by
-- type and area, for the sessions a registrant of one area may still attend (a partial index: only
-- those sessions are in it).
alter table session_type
    add column absence_warning integer not null default 3 check (absence_warning between 1 and 50);
create index session_pending_idx on session (session_type_id, (lower(trim(area))), session_date)
    where status in ('SCHEDULED', 'IN_PROGRESS');
