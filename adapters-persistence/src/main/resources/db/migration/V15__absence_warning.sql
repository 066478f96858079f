-- How many absences in a row make the compliance screen warn about a registrant, per session type.
alter table session_type
    add column absence_warning integer not null default 3 check (absence_warning between 1 and 50);
