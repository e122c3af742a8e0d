-- The event log of one service. It is also the outbox: the relay publishes rows in (transaction_id, global_position)
-- order and only rows whose transaction is older than every transaction still in flight, so a slow commit can
-- never be skipped.
create table hlc_events (
    global_position bigint generated always as identity primary key,
    transaction_id  xid8        not null default pg_current_xact_id(),
    stream_id       text        not null,
    stream_type     text        not null,
    version         integer     not null check (version > 0),
    event_type      text        not null,
    schema_version  integer     not null check (schema_version > 0),
    payload         jsonb       not null,
    event_id        uuid        not null,
    correlation_id  uuid,
    causation_id    uuid,
    actor           text,
    occurred_at     timestamptz not null,
    constraint hlc_events_stream_version_uq unique (stream_id, version),
    constraint hlc_events_event_id_uq unique (event_id)
);

create index hlc_events_relay_order_idx on hlc_events (transaction_id, global_position);
create index hlc_events_stream_type_idx on hlc_events (stream_type, global_position);

create table hlc_outbox_checkpoint (
    relay               text primary key,
    last_transaction_id xid8   not null,
    last_position       bigint not null,
    updated_at          timestamptz not null default now()
);
