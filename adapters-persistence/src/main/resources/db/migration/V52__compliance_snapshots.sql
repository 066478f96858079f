-- Compliance snapshots: the compliance grid pages, counts and totals read one computed result instead
-- of aggregating every attendance record of the period again for each request (at national scale that
-- aggregate takes seconds; a page of a snapshot takes milliseconds).
--
--  * compliance_data_version: per session type, a counter raised in the same transaction by every
--    change to the type's sessions or to their attendance (statement-level triggers below). A snapshot
--    records the counter it was computed under and is used only while the counter is unchanged, so a
--    reader never sees a result older than the last committed change.
--  * compliance_snapshot / compliance_snapshot_row: the per-registrant counts and status of one
--    (type, period, required %, excused policy, data version). Unlogged: a cache, rebuilt on demand,
--    emptied by a crash without harm. Names, areas, groups and flags are never copied: they are joined
--    live when a page is read.

create table compliance_data_version (
    session_type_id bigint primary key references session_type (id) on delete cascade,
    version         bigint not null
);

create function raise_compliance_data_version(types bigint[]) returns void
    language sql as
$$
    -- in id order, so that two transactions raising several types never wait on each other in a cycle
    insert into compliance_data_version (session_type_id, version)
    select distinct t, 1 from unnest(types) as t where t is not null order by t
    on conflict (session_type_id) do update set version = compliance_data_version.version + 1;
$$;

create function attendance_changed_new() returns trigger
    language plpgsql as
$$
begin
    perform raise_compliance_data_version(array(
        select distinct s.session_type_id from changed c join session s on s.id = c.session_id));
    return null;
end;
$$;

create function attendance_changed_old() returns trigger
    language plpgsql as
$$
begin
    perform raise_compliance_data_version(array(
        select distinct s.session_type_id from removed c join session s on s.id = c.session_id));
    return null;
end;
$$;

create trigger attendance_inserted_raises_compliance_version
    after insert on attendance referencing new table as changed
    for each statement execute function attendance_changed_new();
create trigger attendance_updated_raises_compliance_version
    after update on attendance referencing new table as changed
    for each statement execute function attendance_changed_new();
create trigger attendance_deleted_raises_compliance_version
    after delete on attendance referencing old table as removed
    for each statement execute function attendance_changed_old();

create function session_inserted() returns trigger
    language plpgsql as
$$
begin
    perform raise_compliance_data_version(array(select distinct session_type_id from changed));
    return null;
end;
$$;

create function session_updated() returns trigger
    language plpgsql as
$$
begin
    -- a session may move to another type: both the old and the new type change
    perform raise_compliance_data_version(array(
        select session_type_id from changed union select session_type_id from removed));
    return null;
end;
$$;

create function session_deleted() returns trigger
    language plpgsql as
$$
begin
    perform raise_compliance_data_version(array(select distinct session_type_id from removed));
    return null;
end;
$$;

create trigger session_inserted_raises_compliance_version
    after insert on session referencing new table as changed
    for each statement execute function session_inserted();
create trigger session_updated_raises_compliance_version
    after update on session referencing old table as removed new table as changed
    for each statement execute function session_updated();
create trigger session_deleted_raises_compliance_version
    after delete on session referencing old table as removed
    for each statement execute function session_deleted();

create function compliance_tables_truncated() returns trigger
    language plpgsql as
$$
begin
    perform raise_compliance_data_version(array(select id from session_type));
    return null;
end;
$$;

create trigger attendance_truncated_raises_compliance_version
    after truncate on attendance for each statement execute function compliance_tables_truncated();
create trigger session_truncated_raises_compliance_version
    after truncate on session for each statement execute function compliance_tables_truncated();

create unlogged table compliance_snapshot (
    id               bigint generated always as identity primary key,
    session_type_id  bigint not null,
    period_from      date   not null,
    period_to        date   not null,
    required_percent int    not null,
    excused_policy   text   not null,
    data_version     bigint not null,
    created_at       timestamptz not null default now(),
    used_at          timestamptz not null default now(),
    unique (session_type_id, period_from, period_to, required_percent, excused_policy, data_version)
);

create unlogged table compliance_snapshot_row (
    snapshot_id   bigint not null references compliance_snapshot (id) on delete cascade,
    registrant_id bigint not null,
    p             int    not null,
    a             int    not null,
    e             int    not null,
    attended      int    not null,
    counted       int    not null,
    status        text   not null,
    -- attended / counted, null without counted sessions (the grid's sort key)
    rate          numeric,
    primary key (snapshot_id, registrant_id)
);
