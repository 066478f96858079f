-- Compliance at national scale. The rule itself (which records count, how the excused policy turns
-- P/A/E into attended and counted, the status) is defined once, in R__compliance.sql, and these
-- tables hold what it computes.
--
-- compliance_summary: per session type and registrant, the registrant's counted records as running
-- totals by day: days[i] is the i-th day (ascending) with a counted record, totals[i] the numbers of
-- Present, Absent and Excused records on days up to and including days[i], packed into one bigint
-- (P * 2^42 + A * 2^21 + E; each below 2^21). The counts of any period [from, to] are then two look-ups
-- per registrant, exact to the day: totals through `to` minus totals through the day before `from`
-- (width_bucket finds the position); the difference of two packed totals is the packed difference,
-- as running totals never decrease. It is kept up to date in the changing transaction by the triggers
-- of R__compliance.sql, which lock only the (type, registrant) rows they recompute: saves of different
-- sessions of one type do not wait for each other. changed_by is the transaction of the row's last
-- change.
create table compliance_summary (
    session_type_id bigint not null references session_type (id) on delete cascade,
    registrant_id   bigint not null references registrant (id) on delete cascade,
    days            date[]   not null,
    totals          bigint[] not null,
    changed_by      xid8     not null,
    primary key (session_type_id, registrant_id),
    check (cardinality(days) = cardinality(totals))
);
-- a snapshot finds the rows changed after it (see compliance_snapshot)
create index compliance_summary_changed_idx on compliance_summary (session_type_id, changed_by);
create index compliance_summary_registrant_idx on compliance_summary (registrant_id);

-- compliance_snapshot / compliance_snapshot_row: the compliance list of one (type, period, required %,
-- excused policy) as computed from compliance_summary, so that the grid's pages, counts and totals do
-- not compute it again for each request. A cache: unlogged (a crash empties it, harmlessly), the least
-- recently used beyond a few are removed. as_of is the database snapshot it was computed under: a
-- summary row whose changed_by is not visible in as_of changed after it, and only those registrants
-- are recomputed before the snapshot is read again, so a reader never sees a result older than the
-- last committed change. The totals per status are kept in the header. Names, areas, groups and
-- flags are never copied: they are joined live when a page is read.
create unlogged table compliance_snapshot (
    id               bigint generated always as identity primary key,
    session_type_id  bigint      not null,
    period_from      date        not null,
    period_to        date        not null,
    required_percent int         not null,
    excused_policy   text        not null,
    as_of            pg_snapshot not null,
    not_required     int         not null,
    no_data          int         not null,
    compliant        int         not null,
    non_compliant    int         not null,
    -- raised by every refresh (compare and set)
    generation       int         not null default 0,
    used_at          timestamptz not null default now(),
    unique (session_type_id, period_from, period_to, required_percent, excused_policy)
);

create unlogged table compliance_snapshot_row (
    -- no foreign key (it would check a million rows per snapshot): removed with its snapshot by the adapter
    snapshot_id   bigint not null,
    registrant_id bigint not null,
    p             int    not null,
    a             int    not null,
    e             int    not null,
    attended      int    not null,
    counted       int    not null,
    status        text   not null,
    -- attended / counted, null without counted sessions (the grid's sort key; a double tells apart any
    -- two different rates of fewer than 2,097,152 records and is equal for equal ones)
    rate          double precision,
    primary key (snapshot_id, registrant_id)
);
-- the grid's pages by rate and by counted, either way, are read from these in order (ties by registrant id,
-- in the direction of the sort)
create index compliance_snapshot_row_rate_idx on compliance_snapshot_row (snapshot_id, rate, registrant_id);
create index compliance_snapshot_row_rate_desc_idx
    on compliance_snapshot_row (snapshot_id, rate desc nulls last, registrant_id desc);
create index compliance_snapshot_row_counted_idx on compliance_snapshot_row (snapshot_id, counted, registrant_id);
