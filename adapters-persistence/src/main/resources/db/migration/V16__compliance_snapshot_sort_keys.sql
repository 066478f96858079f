-- The compliance list's pages sorted by name or by area are cut from a snapshot's index, as its pages
-- by rate or counted are, instead of joining and sorting every registrant of the list: each snapshot
-- row keeps the registrant's name and area as the list sorts them (lower case). A rename or a move of
-- a registrant marks its compliance_summary rows as changed (R__compliance.sql), so every snapshot
-- refreshes that registrant, keys included, before it is read again. The snapshots are a cache:
-- those computed before these columns are dropped and computed again when next asked for.
delete from compliance_snapshot_row;
delete from compliance_snapshot;
alter table compliance_snapshot_row
    add column name_key text not null,
    add column area_key text not null;
create index compliance_snapshot_row_name_idx on compliance_snapshot_row (snapshot_id, name_key, registrant_id);
create index compliance_snapshot_row_area_idx on compliance_snapshot_row (snapshot_id, area_key, registrant_id);
-- A page far down the list is cut by an index-only scan, which skips the table only on pages the
-- visibility map marks all-visible: autovacuum visits the snapshot rows after every 100,000 rows
-- written or 10,000 changed (a new snapshot, a few refreshes), not after a fifth of the table.
alter table compliance_snapshot_row set (autovacuum_vacuum_insert_threshold = 100000,
    autovacuum_vacuum_insert_scale_factor = 0, autovacuum_vacuum_threshold = 10000,
    autovacuum_vacuum_scale_factor = 0);
