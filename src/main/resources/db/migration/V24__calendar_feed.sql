-- Each person's private calendar address (/calendar/<secret>.ics), while they keep it on. The secret itself is
-- not stored: it is made from the feed key with a server secret, and found by its hash. A new key replaces the
-- address; deleting the row (or the account) turns it off.
create table calendar_feed (
    account_id  uuid primary key references account (id) on delete cascade,
    feed_key    varchar(64) not null,
    secret_hash varchar(64) not null,
    created_at  timestamp with time zone not null,
    version     bigint not null,
    constraint calendar_feed_secret_uk unique (secret_hash)
);
