-- A toy read model for the projection runner tests: counts events per stream and remembers their order.
create table test_tally (
    stream_id text primary key,
    applied   integer not null,
    versions  integer[] not null
);
