-- Read model: coaching groups and their members per cohort, fed by RosterProjection.
create table coaching_groups (
    group_id        uuid primary key,
    cohort          text        not null,
    name            text        not null,
    region          text        not null,
    coach_person_id uuid        not null,
    created_at      timestamptz not null
);
create table group_members (
    cohort    text   not null,
    person_id uuid   not null,
    group_id  uuid   not null,
    version   bigint not null,
    primary key (cohort, person_id)
);
create index group_members_group_idx on group_members (group_id);
