-- The identity of this service's event log: published with every event (hlc_log_position header), so consumers can
-- tell a relay retry of an event they applied (same log, position not after theirs) from the events of a log that was
-- created again from scratch (another log id).
create table hlc_event_log (
    log_id uuid primary key
);
insert into hlc_event_log (log_id) values (gen_random_uuid());

-- Per projection and partition, the last relay position applied from each log; written in the same transaction as
-- the read-model change. Replaces one hlc_projection_applied row per event for events that carry a log position.
create table hlc_projection_positions (
    projection      text    not null,
    topic           text    not null,
    partition       integer not null,
    log_id          uuid    not null,
    transaction_id  bigint  not null,
    global_position bigint  not null,
    primary key (projection, topic, partition, log_id)
);
