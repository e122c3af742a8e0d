-- Tallies and open integrity flags are rewritten many times a second under a vote load (every leaderboard
-- transaction updates each voted entry's row). An index on an updated column rules out PostgreSQL's HOT updates: each
-- update then adds index entries and leaves a dead row version that only vacuum removes, so the 400 rows of a tally
-- grew to ~80,000 row versions in a 40 s benchmark and every leaderboard query scanned them. Without such indexes an
-- update stays on its page and later reads prune the old versions. The ranking sorts an edition's ~400 tallies in
-- memory instead (a few hundred rows, results cached by LeaderboardQuery); open flags are found by their key and the
-- latest flagged_at, which never changes.
drop index leaderboard_tally_rank_idx;
alter table leaderboard_tally set (fillfactor = 50);

drop index integrity_flag_key_idx;
create index integrity_flag_key_idx on integrity_flag (edition_id, rule, subject_key, flagged_at);
alter table integrity_flag set (fillfactor = 70);
