-- Read model: votes and tallies per entry, fed from hlc.award.events by LeaderboardProjection.
create table leaderboard_vote (
    vote_stream_id text primary key,
    edition_id     uuid        not null,
    entry_id       uuid        not null,
    voter_subject  text        not null,
    client_network text,
    cast_at        timestamptz not null,
    status         text        not null,
    version        bigint      not null
);
create index leaderboard_vote_entry_idx on leaderboard_vote (edition_id, entry_id);

create table leaderboard_tally (
    edition_id     uuid   not null,
    entry_id       uuid   not null,
    category       text   not null,
    country        text   not null,
    valid_votes    bigint not null,
    excluded_votes bigint not null,
    primary key (edition_id, entry_id)
);
create index leaderboard_tally_rank_idx on leaderboard_tally (edition_id, valid_votes desc, entry_id);
