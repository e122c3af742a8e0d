-- The durable write a vote needs, alone: one event row with its unique stream key, one transaction, one commit.
\set voter random(1, 1000000000)
\set entry random(1, 400)
insert into hlc_events (stream_id, stream_type, version, event_type, schema_version, payload, event_id, occurred_at)
values ('vote-bench-' || :voter || '-' || :entry || '-' || :client_id || '-' || txid_current(), 'vote', 1,
        'hlc.award.VoteCast', 1, '{"entryId": 1}', gen_random_uuid(), now());
