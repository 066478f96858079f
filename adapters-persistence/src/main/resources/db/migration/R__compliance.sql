-- The compliance rule in SQL, defined once (with the exemptions it honours): every query of the persistence adapter that counts
-- attendance (the compliance grid and its export, eligibility facts, curriculum completion) and the
-- maintenance of compliance_summary (V8) use these definitions and no other. The same rule in Java is
-- org.sessiontracking.domain.compliance.Compliance; ComplianceRuleEqualityTest checks that both agree.
-- A repeatable migration: applied again as a whole whenever this file changes.

-- Whether an exemption (V14) covers a registrant living in an area at a session of a type on a day: the
-- day inside its range (both ends included), its type or every type, the registrant listed or their area
-- (ignoring case) one of its areas. The same in Java: org.sessiontracking.domain.exemption.Exemption#covers.
create or replace function exemption_covers(e exemption, registrant bigint, area text, type_id bigint, day date)
    returns boolean
    language sql immutable parallel safe
    return day between e.date_from and e.date_to
       and (e.session_type_id is null or e.session_type_id = type_id)
       and (registrant = any (e.registrant_ids) or lower(area) = any (e.area_keys));

-- The session area keys open to a registrant of an area (keys: lower case, trimmed), distinct: a
-- session without an area is open to all, else to its own area. The same in Java:
-- org.sessiontracking.domain.session.SessionArea. Queries that count sessions per registrant join
-- sessions on their area against these keys (an equality a hash join serves).
create or replace function session_areas_open_to(registrant_area_key text)
    returns text[]
    language sql immutable parallel safe
    return case when registrant_area_key = '' then array[''] else array['', registrant_area_key] end;

-- Whether a session of an area is open to a registrant of an area, both given as keys
-- (session_areas_open_to).
create or replace function session_open_to(session_area_key text, registrant_area_key text)
    returns boolean
    language sql immutable parallel safe
    return session_area_key = any (session_areas_open_to(registrant_area_key));

-- The records that exemptions leave out, once per exemption that covers them: records at sessions not
-- cancelled, covered, and not Present (who came anyway attended: that still counts). So an Absent or
-- Excused inside an exemption neither lowers the rate nor counts in the denominator. Java:
-- CountedRecords.exempted. The compliance screens read it to say why.
create or replace view exempted_attendance as
select e.id as exemption_id, a.registrant_id, a.session_id, s.session_type_id, s.session_date
  from exemption e
  join session s on s.session_date between e.date_from and e.date_to and s.status <> 'CANCELLED'
  join attendance a on a.session_id = s.id and a.status <> 'PRESENT'
  join registrant r on r.id = a.registrant_id
 where exemption_covers(e, a.registrant_id, r.area, s.session_type_id, s.session_date);

-- Which records count: a registrant's record at a session that is not cancelled, unless an exemption
-- leaves it out (above). A period and a type narrow it (session_type_id, session_date).
create or replace view counted_attendance as
select a.registrant_id, a.session_id, s.session_type_id, s.session_date, s.topic_id, a.status
  from attendance a
  join session s on s.id = a.session_id
 where s.status <> 'CANCELLED'
   and not exists (select 1
                     from exempted_attendance x
                    where x.session_id = a.session_id and x.registrant_id = a.registrant_id);

-- How the excused policy turns P/A/E into attended and counted (LEFT_OUT: P of P + A; COUNTS_AS_PRESENT:
-- P + E of P + A + E; COUNTS_AS_ABSENT: P of P + A + E), and the status, in this order: Not required when
-- 0% is required, No data when nothing is counted, Compliant when attended x 100 >= required x counted
-- (exact, in bigint), else Non-compliant. Simple SQL functions: the planner inlines them.
create or replace function compliance_attended(p int, a int, e int, excused_policy text) returns int
    language sql immutable parallel safe
    return case excused_policy when 'COUNTS_AS_PRESENT' then p + e else p end;

create or replace function compliance_counted(p int, a int, e int, excused_policy text) returns int
    language sql immutable parallel safe
    return case excused_policy when 'LEFT_OUT' then p + a else p + a + e end;

create or replace function compliance_status(attended int, counted int, required_percent int) returns text
    language sql immutable parallel safe
    return case when required_percent = 0 then 'NOT_REQUIRED'
                when counted = 0 then 'NO_DATA'
                when attended::bigint * 100 >= required_percent::bigint * counted then 'COMPLIANT'
                else 'NON_COMPLIANT' end;

-- compliance_summary's rows as they follow from counted_attendance: per type and registrant, the days
-- with counted records and the packed running totals of P, A and E through each day (V8). The summary
-- is built and refreshed only from this view. A condition on the type and registrant is pushed down to
-- the attendance of those registrants (it names the grouping and partitioning columns only).
create or replace view compliance_running_totals as
select session_type_id, registrant_id,
       array_agg(session_date order by session_date) as days,
       array_agg(total order by session_date) as totals
  from (select session_type_id, registrant_id, session_date,
               ((sum(count(*) filter (where status = 'PRESENT')) over w) * 4398046511104
                   + (sum(count(*) filter (where status = 'ABSENT')) over w) * 2097152
                   + (sum(count(*) filter (where status = 'EXCUSED')) over w))::bigint as total
          from counted_attendance
         group by session_type_id, registrant_id, session_date
        window w as (partition by session_type_id, registrant_id order by session_date)) per_day
 group by session_type_id, registrant_id;

-- compliance_summary's covered_topics (V20) as they follow from counted_attendance: per type and
-- registrant, the distinct topics of the sessions where their counted record is Present, ascending (the
-- curriculum's "covered"; Java: CurriculumCompletion). As with compliance_running_totals, a condition on
-- the type and registrant is pushed down to those registrants' records.
create or replace view compliance_covered_topics as
select session_type_id, registrant_id, array_agg(distinct topic_id order by topic_id) as topics
  from counted_attendance
 where status = 'PRESENT' and topic_id is not null
 group by session_type_id, registrant_id;

-- The topics covered of one compliance_summary row's days and covered_topics: null when the registrant
-- has no counted record of the type (ever), so is not on a curriculum's list.
create or replace function compliance_covered_in(days date[], covered_topics bigint[])
    returns bigint[]
    language sql immutable parallel safe
    return case when cardinality(days) > 0 then coalesce(covered_topics, '{}') end;

-- Every registrant with a counted record of the type (ever) and the topics they covered, read from
-- compliance_summary (one row each): what a curriculum-completion criterion needs. Inlined into the
-- calling query, so that a condition on the registrant reads only their row.
create or replace function curriculum_covered(type_id bigint)
    returns table (registrant_id bigint, topics bigint[])
    language sql stable parallel safe
as
$$
    select s.registrant_id, compliance_covered_in(s.days, s.covered_topics)
      from compliance_summary s
     where s.session_type_id = type_id and compliance_covered_in(s.days, s.covered_topics) is not null
$$;

-- The counts in [period_from, period_to] of one compliance_summary row's days and totals, exact to the
-- day, still packed: the packed running totals through period_to minus those through the day before
-- period_from (width_bucket: how many days of the array are <= the date; position 0 reads as no
-- record). 0 when nothing counted in the period.
create or replace function compliance_packed_in(days date[], totals bigint[], period_from date, period_to date)
    returns bigint
    language sql immutable parallel safe
    return coalesce(totals[width_bucket(period_to, days)], 0) - coalesce(totals[width_bucket(period_from - 1, days)], 0);

-- Each registrant's counts of the type in [period_from, period_to], packed (compliance_packed_in).
create or replace function compliance_packed_counts(type_id bigint, period_from date, period_to date)
    returns table (registrant_id bigint, counts bigint)
    language sql stable parallel safe
as
$$
    select s.registrant_id, compliance_packed_in(s.days, s.totals, period_from, period_to)
      from compliance_summary s
     where s.session_type_id = type_id
$$;

-- Packed counts (above) judged under a policy: P, A and E unpacked, attended, counted, the status and
-- the rate (attended / counted, null when nothing is counted). Inlined where it is called, laterally
-- on each row's counts.
create or replace function compliance_judge(counts bigint, required_percent int, excused_policy text)
    returns table (p int, a int, e int, attended int, counted int, status text, rate double precision)
    language sql immutable parallel safe
as
$$
    select u.p, u.a, u.e, j.attended, j.counted, compliance_status(j.attended, j.counted, required_percent),
           j.attended::double precision / nullif(j.counted, 0)
      from (select (counts >> 42)::int as p, ((counts >> 21) & 2097151)::int as a,
                   (counts & 2097151)::int as e) u
     cross join lateral (select compliance_attended(u.p, u.a, u.e, excused_policy) as attended,
                                compliance_counted(u.p, u.a, u.e, excused_policy) as counted) j
$$;

-- The registrants of the type with a counted record in the period, and their P, A and E.
create or replace function compliance_counts(type_id bigint, period_from date, period_to date)
    returns table (registrant_id bigint, p int, a int, e int)
    language sql stable parallel safe
as
$$
    select c.registrant_id, (c.counts >> 42)::int, ((c.counts >> 21) & 2097151)::int, (c.counts & 2097151)::int
      from compliance_packed_counts(type_id, period_from, period_to) c
     where c.counts > 0
$$;

-- The distinct counts of the type's registrants in the period (a few hundred at most), judged under a
-- policy, with how many registrants have them: the totals per status, and where a page sorted by rate
-- or counted starts, without judging a million rows. The packed counts are grouped before anything is
-- unpacked, so each registrant costs one look-up.
create or replace function compliance_count_groups(type_id bigint, period_from date, period_to date,
                                                   required_percent int, excused_policy text)
    returns table (counts bigint, p int, a int, e int, attended int, counted int, status text, registrants bigint)
    language sql stable parallel safe
as
$$
    select g.counts, j.p, j.a, j.e, j.attended, j.counted, j.status, g.registrants
      from (select c.counts, count(*) as registrants
              from compliance_packed_counts(type_id, period_from, period_to) c
             group by c.counts) g
     cross join lateral compliance_judge(g.counts, required_percent, excused_policy) j
     where g.counts > 0
$$;

-- The registrants of the type with a counted record in the period, their counts judged under a policy
-- (compliance_judge). Inlined into the calling query, so that a condition on the registrant (one area,
-- some ids) reads only those registrants' summary rows.
create or replace function compliance_judged(type_id bigint, period_from date, period_to date,
                                             required_percent int, excused_policy text)
    returns table (registrant_id bigint, p int, a int, e int, attended int, counted int, status text,
                   rate double precision)
    language sql stable parallel safe
as
$$
    select c.registrant_id, j.p, j.a, j.e, j.attended, j.counted, j.status, j.rate
      from compliance_packed_counts(type_id, period_from, period_to) c
     cross join lateral compliance_judge(c.counts, required_percent, excused_policy) j
     where c.counts > 0
$$;

-- compliance_judged for every registrant of the type at once (exports, the full population, a new
-- snapshot): each registrant's packed counts are looked up once (offset 0 keeps that subquery apart,
-- where inlining would repeat the look-up in every expression that uses the counts).
create or replace function compliance_judged_all(type_id bigint, period_from date, period_to date,
                                                 required_percent int, excused_policy text)
    returns table (registrant_id bigint, p int, a int, e int, attended int, counted int, status text,
                   rate double precision)
    language sql stable parallel safe
as
$$
    select c.registrant_id, j.p, j.a, j.e, j.attended, j.counted, j.status, j.rate
      from (select k.registrant_id, k.counts from compliance_packed_counts(type_id, period_from, period_to) k
             where k.counts > 0 offset 0) c
     cross join lateral compliance_judge(c.counts, required_percent, excused_policy) j
$$;

-- Enrolment (V18): who a type expects. Java: org.sessiontracking.domain.enrolment.Enrolment#covers
-- (and #expects: an inactive registrant is expected nowhere), CountedRecords.missing and
-- Compliance.of(counts, missing, policy). Types without any enrolment never reach these functions: their
-- lists are computed exactly as before (compliance_judged, compliance_judged_all, the snapshots).

-- Every active registrant an enrolment of the type expects on some day of the period, with that
-- enrolment's days inside the period (one row per registrant and enrolment): every registrant of its
-- areas (ignoring case and surrounding spaces), the members of its households, or its registrants.
create or replace function compliance_enrolled(type_id bigint, period_from date, period_to date)
    returns table (registrant_id bigint, area text, raw_area text, day_from date, day_to date)
    language sql stable
as
$$
    with n as materialized (
        select e.area_keys, e.household_ids, e.registrant_ids, greatest(e.date_from, period_from) as day_from,
               least(coalesce(e.date_to, period_to), period_to) as day_to
          from enrolment e
         where e.session_type_id = type_id and e.date_from <= period_to
           and (e.date_to is null or e.date_to >= period_from))
    select r.id, lower(trim(r.area)), r.area, n.day_from, n.day_to
      from n join registrant r on lower(trim(r.area)) = any (n.area_keys)
     where r.active and cardinality(n.area_keys) > 0
    union all
    select r.id, lower(trim(r.area)), r.area, n.day_from, n.day_to
      from n join registrant r on r.group_id = any (n.household_ids)
     where r.active and cardinality(n.household_ids) > 0
    union all
    select r.id, lower(trim(r.area)), r.area, n.day_from, n.day_to
      from n join registrant r on r.id = any (n.registrant_ids)
     where r.active and cardinality(n.registrant_ids) > 0
$$;

-- Every enrolled registrant of the type in the period (compliance_enrolled) and how many missing
-- records they have: held sessions (Completed: Scheduled and In progress ones are still to be held,
-- cancelled ones count for nobody) of the type, dated inside the period on a day they are enrolled,
-- open to their area (a session without an area is open to all; areas compare ignoring case and
-- surrounding spaces), where they have no record and no exemption of theirs covers the session.
-- Given registrants (not null), only theirs, each dated after the given day (null: the whole period).
-- Computed as: held sessions open to the area in each of the registrant's enrolled spans (overlapping
-- enrolments merged first), counted once per distinct (area, span), less the held sessions in those
-- spans where the registrant has a record, less those without a record that an exemption covers.
create or replace function compliance_missing_after(type_id bigint, period_from date, period_to date,
                                                    registrants bigint[], after_days date[])
    returns table (registrant_id bigint, missing int)
    language sql stable
as
$$
    with held as materialized (
        select s.id, s.session_date, lower(trim(s.area)) as area
          from session s
         where s.session_type_id = type_id and s.session_date between period_from and period_to
           and s.status = 'COMPLETED'),
    enrolled as materialized (
        select x.registrant_id, x.area, x.raw_area, greatest(x.day_from, k.after_day + 1) as day_from, x.day_to
          from compliance_enrolled(type_id, period_from, period_to) x
          left join unnest(registrants, after_days) as k (registrant_id, after_day) on k.registrant_id = x.registrant_id
         where (registrants is null or k.registrant_id is not null)
           and greatest(x.day_from, k.after_day + 1) <= x.day_to),
    -- each registrant's enrolled days as disjoint spans (overlapping or touching enrolments merged)
    marked as (
        select x.*, case when x.day_from <= max(x.day_to) over (partition by x.registrant_id order by x.day_from, x.day_to
                                                                rows between unbounded preceding and 1 preceding) + 1
                         then 0 else 1 end as starts
          from enrolled x),
    numbered as (select m.*, sum(m.starts) over (partition by m.registrant_id order by m.day_from, m.day_to) as span
                   from marked m),
    spans as materialized (
        select u.registrant_id, min(u.area) as area, min(u.raw_area) as raw_area, min(u.day_from) as day_from,
               max(u.day_to) as day_to
          from numbered u
         group by u.registrant_id, u.span),
    per_span as (
        select k.area, k.day_from, k.day_to, count(h.id) as sessions
          from (select distinct area, day_from, day_to from spans) k
         cross join unnest(session_areas_open_to(k.area)) o (area)
          left join held h on h.area = o.area and h.session_date between k.day_from and k.day_to
         group by k.area, k.day_from, k.day_to),
    -- each record at a held session with the registrant's spans, then the spans' days and area tested (a
    -- fence, offset 0, so that the planner never pairs every held session with every span)
    recorded as (
        select x.registrant_id, count(*) as records
          from (select w.registrant_id, w.day_from, w.day_to, w.area, h.session_date, h.area as session_area
                  from held h
                  join attendance a on a.session_id = h.id
                  join spans w on w.registrant_id = a.registrant_id
                offset 0) x
         where x.session_date between x.day_from and x.day_to and session_open_to(x.session_area, x.area)
         group by x.registrant_id),
    -- the held sessions inside exemptions of the type, with the exemption (whom it covers: exemption_covers)
    exempt_sessions as materialized (
        select h.id, h.session_date, h.area, x
          from held h
          join exemption x on h.session_date between x.date_from and x.date_to
                          and (x.session_type_id is null or x.session_type_id = type_id)),
    exempt as (
        select q.registrant_id, count(*) as sessions
          from (select distinct w.registrant_id, z.id
                  from exempt_sessions z
                  join spans w on z.session_date between w.day_from and w.day_to and session_open_to(z.area, w.area)
                             and exemption_covers(z.x, w.registrant_id, w.raw_area, type_id, z.session_date)
                 where not exists (select 1 from attendance a where a.session_id = z.id
                                                               and a.registrant_id = w.registrant_id)) q
         group by q.registrant_id)
    -- summed rather than joined: every registrant of recorded and exempt has spans
    select t.registrant_id, sum(t.sessions)::int
      from (select w.registrant_id, p.sessions
              from spans w
              join per_span p on p.area = w.area and p.day_from = w.day_from and p.day_to = w.day_to
            union all
            select rec.registrant_id, -rec.records from recorded rec
            union all
            select ex.registrant_id, -ex.sessions from exempt ex) t
     group by t.registrant_id
$$;

-- Every enrolled registrant of the type in the period and their missing records (compliance_missing_after).
create or replace function compliance_missing_all(type_id bigint, period_from date, period_to date)
    returns table (registrant_id bigint, missing int)
    language sql stable
as
$$
    select m.registrant_id, m.missing from compliance_missing_after(type_id, period_from, period_to, null, null) m
$$;

-- compliance_judged_all for a type with enrolments: every registrant with a counted record in the
-- period and every enrolled registrant (with no record at all too), their records' P, A and E, their
-- missing records, and attended, counted, status and rate by the missing-record policy: under
-- COUNTS_AS_ABSENT each missing record counts as one more Absent; under LISTED_AS_NO_RECORD it does
-- not count (the row only carries how many).
create or replace function compliance_judged_enrolled(type_id bigint, period_from date, period_to date,
                                                      required_percent int, excused_policy text,
                                                      missing_policy text)
    returns table (registrant_id bigint, p int, a int, e int, attended int, counted int, status text,
                   rate double precision, missing int)
    language sql stable
as
$$
    select coalesce(c.registrant_id, m.registrant_id), coalesce(c.p, 0), coalesce(c.a, 0), coalesce(c.e, 0),
           j.attended, j.counted, compliance_status(j.attended, j.counted, required_percent),
           j.attended::double precision / nullif(j.counted, 0), coalesce(m.missing, 0)
      from (select k.registrant_id, k.p, k.a, k.e from compliance_judged_all(type_id, period_from, period_to,
                                                                             required_percent, excused_policy) k
            offset 0) c
      full join compliance_missing_all(type_id, period_from, period_to) m on m.registrant_id = c.registrant_id
     cross join lateral (select coalesce(c.p, 0) as p,
                                coalesce(c.a, 0) + case when missing_policy = 'COUNTS_AS_ABSENT'
                                                            then coalesce(m.missing, 0) else 0 end as a,
                                coalesce(c.e, 0) as e) u
     cross join lateral (select compliance_attended(u.p, u.a, u.e, excused_policy) as attended,
                                compliance_counted(u.p, u.a, u.e, excused_policy) as counted) j
$$;

-- Household compliance (issue 12), the same rule as the domain's HouseholdCompliance#status: from a
-- household's members judged above (how many have counted sessions, how many are compliant) and its
-- grantee's status (null when it has no grantee, or the grantee has nothing counted): Not required at
-- 0%; ANY_MEMBER: Compliant when a member is, Non-compliant when a member has counts, else No data;
-- GRANTEE: the grantee's status, No data without one; EVERY_MEMBER: members with nothing counted are
-- ignored, Compliant when every other one is, No data when none has counts.
create or replace function household_status(household_rule text, required_percent int, members_counted int,
                                            members_compliant int, grantee_status text) returns text
    language sql immutable parallel safe
    return case when required_percent = 0 then 'NOT_REQUIRED'
                when household_rule = 'ANY_MEMBER' then
                    case when members_compliant > 0 then 'COMPLIANT'
                         when members_counted > 0 then 'NON_COMPLIANT' else 'NO_DATA' end
                when household_rule = 'GRANTEE' then coalesce(grantee_status, 'NO_DATA')
                else case when members_counted = 0 then 'NO_DATA'
                          when members_compliant = members_counted then 'COMPLIANT'
                          else 'NON_COMPLIANT' end end;

-- Early warning (issue 12), the same rules as the domain's Outlook, RemainingSessions and AbsenceRun.
-- The outlook is the compliance rule applied to the counts as they would be after the registrant's
-- remaining sessions: CANNOT_REACH when non-compliant even if every one is attended, AT_RISK when one
-- more absence among them makes the period non-compliant; null otherwise.
create or replace function compliance_outlook(attended int, counted int, remaining int, required_percent int)
    returns text
    language sql immutable parallel safe
    return case when compliance_status(attended + remaining, counted + remaining, required_percent) = 'NON_COMPLIANT'
                    then 'CANNOT_REACH'
                when remaining > 0 and compliance_status(attended + remaining - 1, counted + remaining,
                                                         required_percent) = 'NON_COMPLIANT'
                    then 'AT_RISK' end;

-- Every registrant's remaining sessions of the type in the period: sessions not held yet (Scheduled or
-- In progress) open to the registrant's area (a session without an area is open to all; areas compare
-- ignoring case and surrounding spaces), less those where the registrant already has a record (it
-- counts already). The period's pending sessions are read once, whatever the number of registrants.
create or replace function compliance_remaining_all(type_id bigint, period_from date, period_to date)
    returns table (registrant_id bigint, remaining int)
    language sql stable
as
$$
    with pending as materialized (
        select s.id, lower(trim(s.area)) as area
          from session s
         where s.session_type_id = type_id and s.session_date between period_from and period_to
           and s.status in ('SCHEDULED', 'IN_PROGRESS')),
    per_area as (select p.area, count(*) as sessions from pending p group by p.area),
    recorded as (
        select a.registrant_id, count(*) as records
          from pending p
          join attendance a on a.session_id = p.id
          join registrant r on r.id = a.registrant_id
         where session_open_to(p.area, lower(trim(r.area)))
         group by a.registrant_id)
    select r.id, (everywhere.sessions + coalesce(own.sessions, 0) - coalesce(rec.records, 0))::int
      from registrant r
     cross join (select coalesce(sum(x.sessions), 0) as sessions from per_area x where x.area = '') everywhere
      left join per_area own on own.area = lower(trim(r.area)) and own.area <> ''
      left join recorded rec on rec.registrant_id = r.id
$$;

-- compliance_remaining_all for one registrant of the given area, for lists of one area or group: the
-- type's pending sessions open to the area are read from session_pending_idx (V15).
create or replace function compliance_remaining(type_id bigint, period_from date, period_to date,
                                                registrant bigint, registrant_area text)
    returns int
    language sql stable
as
$$
    select count(*)::int
      from session s
     where s.session_type_id = type_id and s.status in ('SCHEDULED', 'IN_PROGRESS')
       and lower(trim(s.area)) = any (session_areas_open_to(lower(trim(registrant_area))))
       and s.session_date between period_from and period_to
       and not exists (select 1 from attendance a where a.session_id = s.id and a.registrant_id = registrant)
$$;

-- The last day a registrant attended, from its compliance_summary row (days and packed running
-- totals, P << 42 | A << 21 | E): the index in days of the last day in the period with a Present record
-- (or an Excused one when Excused counts as present); the index of the last day before the period when
-- there is none. The running totals only grow, so the last day with a Present record is the first
-- day whose running P is the final one, found by width_bucket: a plain expression, inlined into the
-- calling query. When Excused counts as present, days with an Excused record count too, and are looked
-- for day by day (compliance_last_attended_scanned), only under that policy.
create or replace function compliance_last_attended_scanned(days date[], totals bigint[], period_from date,
                                                            period_to date)
    returns int
    language sql immutable parallel safe
as
$$
    select coalesce((select max(k)
                       from generate_series(b.lo + 1, b.hi) k
                      where ((totals[k] - coalesce(totals[k - 1], 0)) >> 42) > 0
                         or ((totals[k] - coalesce(totals[k - 1], 0)) & 2097151) > 0), b.lo)
      from (select width_bucket(period_from - 1, days) as lo, width_bucket(period_to, days) as hi) b
$$;

create or replace function compliance_last_attended_at(days date[], totals bigint[], period_from date,
                                                       period_to date, excused_policy text)
    returns int
    language sql immutable parallel safe
    return case
        when excused_policy = 'COUNTS_AS_PRESENT'
            then compliance_last_attended_scanned(days, totals, period_from, period_to)
        else greatest(width_bucket(period_from - 1, days),
                      case when (totals[width_bucket(period_to, days)] >> 42) > 0
                               then width_bucket(((totals[width_bucket(period_to, days)] >> 42) << 42) - 1, totals)
                                    + 1 end) end;

-- The last day in the period the registrant attended (compliance_last_attended_at); null when none.
create or replace function compliance_last_attended(days date[], totals bigint[], period_from date,
                                                    period_to date, excused_policy text)
    returns date
    language sql immutable parallel safe
    return case when compliance_last_attended_at(days, totals, period_from, period_to, excused_policy)
                         > width_bucket(period_from - 1, days)
                    then days[compliance_last_attended_at(days, totals, period_from, period_to, excused_policy)] end;

-- How many absences in a row a registrant has at the end of the period, from its compliance_summary
-- row: the Absent records (and Excused ones when they count as absent) since the last day in the
-- period they attended (compliance_last_attended_at); 0 when nothing counted.
create or replace function compliance_absence_run(days date[], totals bigint[], period_from date, period_to date,
                                                  excused_policy text)
    returns int
    language sql immutable parallel safe
    return coalesce((((totals[width_bucket(period_to, days)] >> 21) & 2097151)
                     - ((coalesce(totals[compliance_last_attended_at(days, totals, period_from, period_to,
                                                                     excused_policy)], 0) >> 21) & 2097151)
                     + case when excused_policy = 'COUNTS_AS_ABSENT'
                                then (totals[width_bucket(period_to, days)] & 2097151)
                                     - (coalesce(totals[compliance_last_attended_at(days, totals, period_from,
                                                                                    period_to, excused_policy)], 0)
                                        & 2097151)
                            else 0 end)::int, 0);

-- Not part of the rule any more; databases this file was applied to before still have it.
drop function if exists compliance_absence_run_scanned(date[], bigint[], date, date, text);

-- The missing records (compliance_missing_after) of every enrolled registrant of a type with enrolments
-- dated after the last day in the period they attended (compliance_last_attended, from their summary
-- row): the part of their run of absences that missing records make when they count as Absent
-- (Java: AbsenceRun). Registrants without any leave the list.
create or replace function compliance_missing_run(type_id bigint, period_from date, period_to date,
                                                  excused_policy text)
    returns table (registrant_id bigint, missing int)
    language sql stable
as
$$
    with last as materialized (
        select e.registrant_id,
               compliance_last_attended(s.days, s.totals, period_from, period_to, excused_policy) as day
          from (select distinct x.registrant_id from compliance_enrolled(type_id, period_from, period_to) x) e
          left join compliance_summary s on s.session_type_id = type_id and s.registrant_id = e.registrant_id)
    select m.registrant_id, m.missing
      from compliance_missing_after(type_id, period_from, period_to,
                                    coalesce((select array_agg(l.registrant_id order by l.registrant_id) from last l), '{}'),
                                    coalesce((select array_agg(l.day order by l.registrant_id) from last l), '{}')) m
     where m.missing > 0
$$;

-- Recomputes the compliance_summary rows of the given (type, registrant) pairs from
-- compliance_running_totals, in the calling transaction. The rows are first created where missing
-- and locked, in key order (two transactions never wait on each other in a cycle); the recomputing
-- statement runs after the locks are held, so under read committed it sees every transaction that
-- changed the same rows and has committed meanwhile. Rows of registrants left without counted records
-- stay, empty.
create or replace function refresh_compliance_summary(types bigint[], registrants bigint[]) returns void
    language plpgsql as
$$
begin
    insert into compliance_summary (session_type_id, registrant_id, days, totals, changed_by)
    select distinct p.t, p.r, '{}'::date[], '{}'::bigint[], pg_current_xact_id()
      from unnest(types, registrants) as p (t, r)
     where p.t is not null
     order by 1, 2
    on conflict do nothing;

    perform 1
       from compliance_summary s
      where (s.session_type_id, s.registrant_id) in (select p.t, p.r from unnest(types, registrants) as p (t, r))
      order by s.session_type_id, s.registrant_id
        for update;

    update compliance_summary s
       set days           = coalesce(f.days, '{}'),
           totals         = coalesce(f.totals, '{}'),
           covered_topics = coalesce(c.topics, '{}'),
           changed_by     = pg_current_xact_id()
      from (select distinct p.t, p.r from unnest(types, registrants) as p (t, r)) pairs
      -- offset 0 keeps the subqueries apart, so that their conditions reach the pair's records
      left join lateral (select v.days, v.totals
                           from compliance_running_totals v
                          where v.session_type_id = pairs.t and v.registrant_id = pairs.r
                         offset 0) f on true
      left join lateral (select v.topics
                           from compliance_covered_topics v
                          where v.session_type_id = pairs.t and v.registrant_id = pairs.r
                         offset 0) c on true
     where s.session_type_id = pairs.t and s.registrant_id = pairs.r;
end;
$$;

-- The summary of the given sessions' (registrant) pairs, for attendance changes. The sessions are
-- locked (for share) before their type is read: a concurrent change of one of them (cancelled, moved
-- to another day or type) either waits for this transaction, or has committed before the next
-- statement reads the session.
create or replace function refresh_compliance_of_attendance(sessions bigint[], registrants bigint[]) returns void
    language plpgsql as
$$
begin
    perform 1 from session where id = any (sessions) order by id for share;
    perform refresh_compliance_summary(q.types, q.registrants)
       from (select array_agg(s.session_type_id) as types, array_agg(p.r) as registrants
               from unnest(sessions, registrants) as p (session_id, r)
               join session s on s.id = p.session_id) q;
end;
$$;

create or replace function attendance_changes_compliance() returns trigger
    language plpgsql as
$$
declare
    sessions    bigint[];
    registrants bigint[];
begin
    if tg_op = 'INSERT' then
        select array_agg(session_id), array_agg(registrant_id) into sessions, registrants from new_rows;
    elsif tg_op = 'DELETE' then
        select array_agg(session_id), array_agg(registrant_id) into sessions, registrants from old_rows;
    else
        -- a record moved to another session or registrant changes both the old and the new one
        select array_agg(session_id), array_agg(registrant_id) into sessions, registrants
          from (select session_id, registrant_id from new_rows
                union select session_id, registrant_id from old_rows) pairs;
    end if;
    perform refresh_compliance_of_attendance(sessions, registrants);
    return null;
end;
$$;

create or replace trigger attendance_inserted_changes_compliance
    after insert on attendance referencing new table as new_rows
    for each statement execute function attendance_changes_compliance();
create or replace trigger attendance_updated_changes_compliance
    after update on attendance referencing old table as old_rows new table as new_rows
    for each statement execute function attendance_changes_compliance();
create or replace trigger attendance_deleted_changes_compliance
    after delete on attendance referencing old table as old_rows
    for each statement execute function attendance_changes_compliance();

-- A session cancelled or un-cancelled, moved to another day or to another type changes the compliance
-- of everybody with a record there, under its old and its new type; given another topic, the topics
-- they covered. (A new session has no records yet; a session is deleted only after its records.)
create or replace function session_changes_compliance() returns trigger
    language plpgsql as
$$
begin
    perform refresh_compliance_summary(q.types, q.registrants)
       from (select array_agg(moved.t) as types, array_agg(a.registrant_id) as registrants
               from (select o.id, unnest(array [o.session_type_id, n.session_type_id]) as t
                       from old_rows o
                       join new_rows n on n.id = o.id
                      where n.session_type_id <> o.session_type_id
                         or n.session_date <> o.session_date
                         or (n.status = 'CANCELLED') <> (o.status = 'CANCELLED')
                         or n.topic_id is distinct from o.topic_id) moved
               join attendance a on a.session_id = moved.id) q;
    return null;
end;
$$;

create or replace trigger session_updated_changes_compliance
    after update on session referencing old table as old_rows new table as new_rows
    for each statement execute function session_changes_compliance();

-- An exemption added, changed (e.g. ended earlier) or removed changes the compliance of everybody it
-- covers, or covered, with a record at a session inside its range: under the old and the new version.
create or replace function exemption_changes_compliance() returns trigger
    language plpgsql as
$$
declare
    changed exemption[];
begin
    changed := case tg_op when 'INSERT' then array [new] when 'DELETE' then array [old] else array [old, new] end;
    perform refresh_compliance_summary(q.types, q.registrants)
       from (select array_agg(p.t) as types, array_agg(p.r) as registrants
               from (select distinct s.session_type_id as t, a.registrant_id as r
                       from unnest(changed) e
                       join session s on s.session_date between e.date_from and e.date_to
                       join attendance a on a.session_id = s.id
                       join registrant r on r.id = a.registrant_id
                      where exemption_covers(e, a.registrant_id, r.area, s.session_type_id, s.session_date)) p) q;
    return null;
end;
$$;

create or replace trigger exemption_changes_compliance
    after insert or update or delete on exemption
    for each row execute function exemption_changes_compliance();

-- A registrant renamed or moved to another area. Moved while any area exemption exists, it may leave
-- or enter one: its compliance is computed again for every type it has records of. Renamed or moved,
-- it sorts elsewhere in the compliance list: its summary rows are marked as changed (locked in key
-- order, as refresh_compliance_summary locks them), so that every snapshot refreshes it, with its sort
-- keys (V16), before it is read again.
create or replace function registrant_changes_compliance() returns trigger
    language plpgsql as
$$
begin
    if exists (select 1 from exemption where cardinality(area_keys) > 0) then
        perform refresh_compliance_summary(q.types, q.registrants)
           from (select array_agg(p.t) as types, array_agg(p.r) as registrants
                   from (select distinct s.session_type_id as t, a.registrant_id as r
                           from old_rows o
                           join new_rows n on n.id = o.id and lower(n.area) is distinct from lower(o.area)
                           join attendance a on a.registrant_id = n.id
                           join session s on s.id = a.session_id) p) q;
    end if;
    with moved as (select n.id
                     from old_rows o
                     join new_rows n on n.id = o.id
                    where lower(n.full_name) <> lower(o.full_name) or lower(n.area) <> lower(o.area)),
    locked as (select s.session_type_id, s.registrant_id
                 from compliance_summary s
                where s.registrant_id in (select id from moved)
                order by s.session_type_id, s.registrant_id
                  for update)
    update compliance_summary s
       set changed_by = pg_current_xact_id()
      from locked
     where s.session_type_id = locked.session_type_id and s.registrant_id = locked.registrant_id;
    return null;
end;
$$;

create or replace trigger registrant_updated_changes_compliance
    after update on registrant referencing old table as old_rows new table as new_rows
    for each statement execute function registrant_changes_compliance();

create or replace function compliance_tables_truncated() returns trigger
    language plpgsql as
$$
begin
    delete from compliance_summary;
    delete from compliance_snapshot;
    return null;
end;
$$;

create or replace trigger attendance_truncated_changes_compliance
    after truncate on attendance for each statement execute function compliance_tables_truncated();

-- Builds compliance_summary again from the records, for bulk loads that ran with the attendance
-- triggers disabled.
create or replace function rebuild_compliance_summary() returns void
    language sql as
$$
    delete from compliance_summary;
    delete from compliance_snapshot;
    insert into compliance_summary (session_type_id, registrant_id, days, totals, covered_topics, changed_by)
    select v.session_type_id, v.registrant_id, v.days, v.totals, coalesce(c.topics, '{}'), pg_current_xact_id()
      from compliance_running_totals v
      left join compliance_covered_topics c
             on c.session_type_id = v.session_type_id and c.registrant_id = v.registrant_id;
$$;

-- Fills covered_topics of the summary rows written before it existed (V20), from the same view as
-- refresh_compliance_summary; once: when this file is applied again, no row is left without it.
do
$$
begin
    if exists (select 1 from compliance_summary where covered_topics is null) then
        update compliance_summary s
           set covered_topics = c.topics
          from compliance_covered_topics c
         where s.covered_topics is null
           and c.session_type_id = s.session_type_id and c.registrant_id = s.registrant_id;
        update compliance_summary set covered_topics = '{}' where covered_topics is null;
    end if;
end;
$$;
