-- Read model of live Q&A, fed from this service's own topic by QuestionProjection.
create table question_view (
    question_id   uuid primary key,
    webinar_id    uuid        not null,
    asked_by      uuid        not null,
    text          text        not null,
    status        text        not null,
    answer        text,
    asked_at      timestamptz not null,
    votes         int         not null default 0,
    version       bigint      not null
);
create index question_view_webinar_idx on question_view (webinar_id, votes desc, asked_at);

-- One row per person and question (the vote stream), so counting is idempotent and order-independent.
create table question_vote (
    question_id uuid    not null,
    person_id   uuid    not null,
    voted       boolean not null,
    version     bigint  not null,
    primary key (question_id, person_id)
);
