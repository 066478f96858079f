-- Fixes to the compliance change notes (V54), found in review:
--  * an update that moves an attendance record to another registrant or session now notes the old
--    and the new (session, registrant), under the old and the new session's type;
--  * the attendance triggers lock the sessions they touch (for share) before reading their types, so a
--    record saved while its session moves to another type is noted under the type the move committed;
--  * a session update notes its attendees only when the type, the date or whether it is cancelled
--    changed (a title or a status like Completed does not change anybody's compliance);
--  * up to which version notes were removed lives in its own table, so that readers removing notes
--    never lock the version row that attendance saves raise.

create table compliance_change_pruned (
    session_type_id bigint primary key,
    pruned_to       bigint not null
);
insert into compliance_change_pruned (session_type_id, pruned_to)
select session_type_id, pruned_to from compliance_data_version where pruned_to > 0;
alter table compliance_data_version drop column pruned_to;

-- notes the (session, registrant) pairs of one statement under their sessions' types
create function note_attendance_changes(sessions bigint[], registrants bigint[]) returns void
    language plpgsql as
$$
declare
    t bigint;
    v bigint;
begin
    perform 1 from session where id = any(sessions) order by id for share;
    for t in select distinct s.session_type_id from session s where s.id = any(sessions) order by 1
    loop
        v := next_compliance_version(t);
        insert into compliance_change (session_type_id, version, registrant_id)
        select distinct t, v, p.registrant_id
          from unnest(sessions, registrants) as p (session_id, registrant_id)
          join session s on s.id = p.session_id
         where s.session_type_id = t;
    end loop;
end;
$$;

create or replace function attendance_changed_new() returns trigger
    language plpgsql as
$$
declare
    sessions    bigint[];
    registrants bigint[];
begin
    select array_agg(session_id order by session_id, registrant_id),
           array_agg(registrant_id order by session_id, registrant_id)
      into sessions, registrants from changed;
    perform note_attendance_changes(sessions, registrants);
    return null;
end;
$$;

create or replace function attendance_changed_old() returns trigger
    language plpgsql as
$$
declare
    sessions    bigint[];
    registrants bigint[];
begin
    select array_agg(session_id order by session_id, registrant_id),
           array_agg(registrant_id order by session_id, registrant_id)
      into sessions, registrants from removed;
    perform note_attendance_changes(sessions, registrants);
    return null;
end;
$$;

create function attendance_updated() returns trigger
    language plpgsql as
$$
declare
    sessions    bigint[];
    registrants bigint[];
begin
    select array_agg(session_id order by session_id, registrant_id),
           array_agg(registrant_id order by session_id, registrant_id)
      into sessions, registrants
      from (select session_id, registrant_id from changed
            union select session_id, registrant_id from removed) pairs;
    perform note_attendance_changes(sessions, registrants);
    return null;
end;
$$;

drop trigger attendance_updated_raises_compliance_version on attendance;
create trigger attendance_updated_raises_compliance_version
    after update on attendance referencing old table as removed new table as changed
    for each statement execute function attendance_updated();

create or replace function session_updated() returns trigger
    language plpgsql as
$$
declare
    t bigint;
    v bigint;
begin
    for t in select o.session_type_id from changed n join removed o on o.id = n.id
              where n.session_type_id <> o.session_type_id or n.session_date <> o.session_date
                 or (n.status = 'CANCELLED') <> (o.status = 'CANCELLED')
             union
             select n.session_type_id from changed n join removed o on o.id = n.id
              where n.session_type_id <> o.session_type_id or n.session_date <> o.session_date
                 or (n.status = 'CANCELLED') <> (o.status = 'CANCELLED')
             order by 1
    loop
        v := next_compliance_version(t);
        insert into compliance_change (session_type_id, version, registrant_id)
        select distinct t, v, a.registrant_id from attendance a
         where a.session_id in (select n.id from changed n join removed o on o.id = n.id
                                 where (n.session_type_id <> o.session_type_id or n.session_date <> o.session_date
                                        or (n.status = 'CANCELLED') <> (o.status = 'CANCELLED'))
                                   and t in (n.session_type_id, o.session_type_id));
    end loop;
    return null;
end;
$$;
