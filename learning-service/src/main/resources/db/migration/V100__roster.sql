-- Read model: the programme roster (who learns, coaches or teaches), fed from hlc.participants.events.
create table roster_member (
    person_id    uuid primary key,
    subject      text,
    display_name text    not null,
    country      text    not null,
    time_zone    text    not null,
    learner      boolean not null,
    coach        boolean not null,
    expert       boolean not null,
    version      bigint  not null
);
