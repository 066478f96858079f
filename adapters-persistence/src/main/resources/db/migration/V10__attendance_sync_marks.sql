-- Offline marks applied to a session, by the id the field app gave each mark: uploading the same batch
-- again (a retry after a lost connection) finds them here and changes nothing. The record and its
-- history are attendance's own tables; this only remembers which uploads they came from.
create table attendance_sync_mark (
    session_id     bigint      not null references session (id),
    client_mark_id text        not null check (length(client_mark_id) between 1 and 100),
    registrant_id  bigint      not null references registrant (id),
    applied_by     bigint      not null references app_user (id),
    applied_at     timestamptz not null,
    primary key (session_id, client_mark_id)
);
