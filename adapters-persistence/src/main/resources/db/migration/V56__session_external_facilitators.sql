-- Facilitators without an account: a session may be run by people who are no users, e.g. a
-- partner NGO's trainer, named in external_facilitators (in the order given, trimmed, unique ignoring
-- case: checked by the domain). The user facilitator becomes optional for such a session: a session
-- always has a user facilitator or at least one external one. Names grant no rights; only users
-- (facilitator_id, session_co_facilitator) are ever matched against the signed-in user.
alter table session add column external_facilitators text[] not null default '{}';
alter table session alter column facilitator_id drop not null;
alter table session add constraint session_has_a_facilitator
    check (facilitator_id is not null or cardinality(external_facilitators) > 0);
alter table session add constraint session_external_facilitators_named
    check (array_position(external_facilitators, null) is null and cardinality(external_facilitators) <= 10);
