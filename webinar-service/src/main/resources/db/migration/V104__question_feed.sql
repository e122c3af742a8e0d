-- Live Q&A feed for the SSE endpoint: one row per applied question event, numbered in the order the projection
-- committed them, so a client resuming with Last-Event-ID (= seq) misses nothing and sees nothing twice.
create table question_feed (
    seq        bigserial primary key,
    event_id   uuid unique not null,
    webinar_id uuid        not null,
    kind       text        not null,
    data       text        not null
);
create index question_feed_webinar_idx on question_feed (webinar_id, seq);
