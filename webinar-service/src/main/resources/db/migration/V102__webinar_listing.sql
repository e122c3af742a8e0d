-- Read model: webinars per programme for listings, fed from this service's own topic by WebinarListingProjection.
create table webinar_listing (
    webinar_id       uuid primary key,
    programme_id     uuid        not null,
    group_id         uuid,
    topic            text        not null,
    title            text        not null,
    host_id          uuid        not null,
    starts_at        timestamptz not null,
    duration_minutes int         not null,
    capacity         int         not null,
    registered_count int         not null default 0,
    waitlist_count   int         not null default 0,
    join_url         text        not null,
    recording_url    text,
    status           text        not null,
    sequence         int         not null default 0,
    version          bigint      not null
);
create index webinar_listing_programme_idx on webinar_listing (programme_id, starts_at, webinar_id);
