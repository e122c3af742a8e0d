-- Where each projection is in each partition; written in the same transaction as the read-model change.
create table hlc_projection_offsets (
    projection  text    not null,
    topic       text    not null,
    partition   integer not null,
    next_offset bigint  not null,
    primary key (projection, topic, partition)
);

-- Event ids a projection has applied: the relay delivers at least once, so the same event may arrive at two offsets.
create table hlc_projection_applied (
    projection text not null,
    event_id   uuid not null,
    primary key (projection, event_id)
);
