-- Read model "programme-webinars", fed from hlc.webinar.events (WebinarScheduled, WebinarRescheduled,
-- WebinarCancelled): which webinars each programme offers, so progress can say "attended X of Y held".
create table programme_webinar (
    webinar_id   uuid        primary key,
    programme_id uuid        not null,
    starts_at    timestamptz not null,
    cancelled    boolean     not null,
    version      bigint      not null
);
create index programme_webinar_programme on programme_webinar (programme_id, starts_at);
