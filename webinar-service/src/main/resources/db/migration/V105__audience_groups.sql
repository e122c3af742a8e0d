-- Coaching group membership (one group per participant per cohort), from MemberAdded/MemberMoved on
-- membership-{cohort}-{personId} streams; the version guards against out-of-order redelivery.
create table audience_group_member (
    cohort    text   not null,
    person_id uuid   not null,
    group_id  uuid   not null,
    version   bigint not null,
    primary key (cohort, person_id)
);
create index audience_group_member_group_idx on audience_group_member (group_id);
