-- Compliance snapshots are refreshed in place instead of computed again: with attendance saved all
-- day across a country, a snapshot of a whole type is out of date within seconds, and computing it
-- again costs an aggregate over every record of the period. So every change now also notes WHICH
-- registrants it touched, under the version it raised; a snapshot at version S is brought to version
-- V by recomputing only the registrants noted in (S, V].
--
-- Why the notes are complete: the version of a type is raised by updating its one row, which stays
-- locked until the changing transaction commits, so versions are committed in order; once version V is
-- committed, every note with a version <= V is committed too. Notes at or below every snapshot's
-- version are no longer needed and are removed; compliance_data_version.pruned_to says up to which
-- version they were removed, and a snapshot older than that is computed again instead of refreshed.

alter table compliance_data_version add column pruned_to bigint not null default 0;
-- how many registrants a snapshot held when computed: a refresh recomputes at most a tenth of them
alter table compliance_snapshot add column registrants bigint not null default 0;

create unlogged table compliance_change (
    session_type_id bigint not null,
    version         bigint not null,
    registrant_id   bigint not null
);
create index compliance_change_idx on compliance_change (session_type_id, version);

-- raises the type's version (locking its row until commit) and returns the new one
create function next_compliance_version(type_id bigint) returns bigint
    language sql as
$$
    insert into compliance_data_version as d (session_type_id, version) values (type_id, 1)
    on conflict (session_type_id) do update set version = d.version + 1
    returning version;
$$;

create or replace function attendance_changed_new() returns trigger
    language plpgsql as
$$
declare
    t bigint;
    v bigint;
begin
    -- in type order, so that two transactions never wait on each other's versions in a cycle
    for t in select distinct s.session_type_id from changed c join session s on s.id = c.session_id order by 1
    loop
        v := next_compliance_version(t);
        insert into compliance_change (session_type_id, version, registrant_id)
        select distinct t, v, c.registrant_id from changed c join session s on s.id = c.session_id
         where s.session_type_id = t;
    end loop;
    return null;
end;
$$;

create or replace function attendance_changed_old() returns trigger
    language plpgsql as
$$
declare
    t bigint;
    v bigint;
begin
    for t in select distinct s.session_type_id from removed c join session s on s.id = c.session_id order by 1
    loop
        v := next_compliance_version(t);
        insert into compliance_change (session_type_id, version, registrant_id)
        select distinct t, v, c.registrant_id from removed c join session s on s.id = c.session_id
         where s.session_type_id = t;
    end loop;
    return null;
end;
$$;

-- a new session has no attendance yet; a session is deleted only after its attendance
create or replace function session_inserted() returns trigger
    language plpgsql as
$$
begin
    perform next_compliance_version(t) from (select distinct session_type_id as t from changed order by 1) types;
    return null;
end;
$$;

create or replace function session_deleted() returns trigger
    language plpgsql as
$$
begin
    perform next_compliance_version(t) from (select distinct session_type_id as t from removed order by 1) types;
    return null;
end;
$$;

-- cancelled, moved in time or to another type: everybody with a record there, in the old and new type
create or replace function session_updated() returns trigger
    language plpgsql as
$$
declare
    t bigint;
    v bigint;
begin
    for t in select session_type_id from changed union select session_type_id from removed order by 1
    loop
        v := next_compliance_version(t);
        insert into compliance_change (session_type_id, version, registrant_id)
        select distinct t, v, a.registrant_id from attendance a
         where a.session_id in (select id from changed where session_type_id = t
                                union select id from removed where session_type_id = t);
    end loop;
    return null;
end;
$$;

create or replace function compliance_tables_truncated() returns trigger
    language plpgsql as
$$
begin
    perform next_compliance_version(id) from (select id from session_type order by id) types;
    delete from compliance_snapshot;
    return null;
end;
$$;

drop function raise_compliance_data_version(bigint[]);
