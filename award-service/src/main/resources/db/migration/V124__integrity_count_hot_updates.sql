-- The vote-integrity counters of a popular entry (new-voter surge) or a busy network are incremented by nearly every
-- batch: room on their pages lets those updates stay HOT (no new index entry, no dead version left in the index for
-- every window sum to step over). No index holds the updated column.
alter table integrity_count set (fillfactor = 50);
