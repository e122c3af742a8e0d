-- Read model: per-person progress facts, one row per fact with its natural key so replays change nothing.
-- Fed from hlc.learning.events (own events) and hlc.webinar.events (attendance).
create table progress_submission (
    submission_id uuid primary key,
    person_id     uuid        not null,
    assignment_id uuid        not null,
    late          boolean     not null,
    version       bigint      not null
);
create index progress_submission_person on progress_submission (person_id);
create table progress_review (
    submission_id      uuid not null,
    reviewer_person_id uuid not null,
    author_person_id   uuid not null,
    primary key (submission_id, reviewer_person_id)
);
create table progress_feedback (
    submission_id    uuid   not null,
    stream_version   bigint not null,
    author_person_id uuid   not null,
    primary key (submission_id, stream_version)
);
create table progress_post (
    post_id          uuid primary key,
    author_person_id uuid not null
);
create table progress_reflection (
    reflection_id    uuid primary key,
    author_person_id uuid not null
);
create table progress_attendance (
    webinar_id      uuid        not null,
    person_id       uuid        not null,
    attended        boolean     not null,
    present_minutes integer     not null,
    recorded_at     timestamptz not null,
    primary key (webinar_id, person_id)
);
