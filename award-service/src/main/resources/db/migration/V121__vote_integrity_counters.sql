-- Vote integrity in O(1) per vote: each voter's first vote of the edition, and per rule and key a vote count per
-- time slot (a tenth of the rule's window), so a rule sums ten slots instead of scanning the window's votes.
alter table integrity_vote add column new_voter boolean not null default false;
drop index integrity_vote_voter_idx;

create table integrity_voter (
    edition_id    uuid        not null,
    voter_subject text        not null,
    first_cast_at timestamptz not null,
    primary key (edition_id, voter_subject)
);

create table integrity_count (
    edition_id  uuid    not null,
    rule        text    not null,
    subject_key text    not null,
    slot        bigint  not null,
    votes       integer not null,
    primary key (edition_id, rule, subject_key, slot)
);
