-- The leaderboard keeps tallies only; each vote's row (its moderation status, read by the flag and export queries)
-- moves to its own read model, VoteStatusProjection. A leaderboard rebuild then writes a few hundred tally rows per
-- batch instead of one row per vote.
alter table leaderboard_vote rename to vote_status;
alter table vote_status rename constraint leaderboard_vote_pkey to vote_status_pkey;
alter index leaderboard_vote_entry_idx rename to vote_status_entry_idx;
-- the new projection continues where the leaderboard, which used to write these rows, stands
insert into hlc_projection_offsets (projection, topic, partition, next_offset)
select 'vote-status', topic, partition, next_offset from hlc_projection_offsets where projection = 'leaderboard';

-- Votes a moderation event has touched (a vote without a row here is as it was cast: valid), so a moderation event
-- knows which tally column the vote leaves.
create table leaderboard_moderated (
    vote_stream_id text   primary key,
    status         text   not null,
    version        bigint not null
);
insert into leaderboard_moderated (vote_stream_id, status, version)
select vote_stream_id, status, version from vote_status where version > 1;
