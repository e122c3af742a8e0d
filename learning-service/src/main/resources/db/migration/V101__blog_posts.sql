-- Read model: blog posts (current revision), fed from hlc.learning.events; serves the public Atom feed.
create table blog_post (
    post_id          uuid primary key,
    programme_id     uuid        not null,
    author_person_id uuid        not null,
    title            text        not null,
    markdown         text        not null,
    tags             text[]      not null,
    visibility       text        not null,
    written_at       timestamptz not null,
    updated_at       timestamptz not null,
    version          bigint      not null
);
create index blog_post_feed on blog_post (programme_id, updated_at desc) where visibility = 'public';
