-- Read model of VoteIntegrityProjection (fed from hlc.award.events): the votes as the integrity rules need them, the
-- flags raised (each also written as a VotesFlagged event) and the votes each flag covers.
create table integrity_vote (
    vote_stream_id text primary key,
    edition_id     uuid        not null,
    entry_id       uuid        not null,
    voter_subject  text        not null,
    client_key     text,
    client_network text,
    cast_at        timestamptz not null
);
create index integrity_vote_key_idx on integrity_vote (edition_id, client_key, cast_at);
create index integrity_vote_network_idx on integrity_vote (edition_id, client_network, cast_at);
create index integrity_vote_entry_idx on integrity_vote (edition_id, entry_id, cast_at);
create index integrity_vote_voter_idx on integrity_vote (edition_id, voter_subject, cast_at);

create table integrity_flag (
    flag_id      uuid primary key,
    edition_id   uuid        not null,
    rule         text        not null,
    subject_key  text        not null,
    entry_id     uuid,
    window_start timestamptz not null,
    window_end   timestamptz not null,
    threshold    integer     not null,
    flagged_at   timestamptz not null
);
create index integrity_flag_edition_idx on integrity_flag (edition_id, flagged_at, flag_id);
create index integrity_flag_key_idx on integrity_flag (edition_id, rule, subject_key, window_end);

create table integrity_flag_vote (
    flag_id        uuid not null,
    vote_stream_id text not null,
    primary key (flag_id, vote_stream_id)
);
create index integrity_flag_vote_vote_idx on integrity_flag_vote (vote_stream_id);
