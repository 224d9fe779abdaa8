-- The counsellor's side: a record of every consent step (append-only), of when a counsellor opened the space
-- or its summary, the sessions a counsellor held, and the counsellor's own private notes.

create table consent_event (
    id            uuid primary key,
    space_id      uuid not null references space (id),
    actor_id      uuid not null references account (id),
    counsellor_id uuid references account (id),
    change        varchar(20) not null,
    happened_at   timestamp with time zone not null,
    constraint consent_event_change_ck check (change in ('INVITED', 'ASKED', 'APPROVED', 'DECLINED', 'REVOKED', 'AWAITS_NEW_PARTNER'))
);

create index consent_event_space_idx on consent_event (space_id, happened_at);

create table counsellor_read (
    id            uuid primary key,
    space_id      uuid not null references space (id),
    counsellor_id uuid not null references account (id),
    what          varchar(10) not null,
    read_at       timestamp with time zone not null,
    constraint counsellor_read_what_ck check (what in ('SPACE', 'SUMMARY'))
);

create index counsellor_read_space_idx on counsellor_read (space_id, read_at);

create table counselling_session (
    id            uuid primary key,
    space_id      uuid not null references space (id),
    counsellor_id uuid not null references account (id),
    held_on       date not null,
    recorded_at   timestamp with time zone not null,
    version       bigint not null,
    constraint counselling_session_once unique (space_id, counsellor_id, held_on)
);

create table counsellor_note (
    id            uuid primary key,
    space_id      uuid not null references space (id),
    counsellor_id uuid not null references account (id),
    session_id    uuid references counselling_session (id),
    words         varchar(4000) not null,
    written_at    timestamp with time zone not null,
    changed_at    timestamp with time zone not null,
    version       bigint not null
);

create index counsellor_note_owner_idx on counsellor_note (counsellor_id, space_id);

-- Spaces that had counsellors before this version: their consent history is read from the activity, which has
-- recorded every consent step since the first version (the counsellor who asked is that line's actor).
insert into consent_event (id, space_id, actor_id, counsellor_id, change, happened_at)
select id, space_id, actor_id, case when kind = 'COUNSELLOR_ASKED' then actor_id else other_id end,
       substring(kind from 12), occurred_at
from activity
where kind in ('COUNSELLOR_INVITED', 'COUNSELLOR_ASKED', 'COUNSELLOR_APPROVED', 'COUNSELLOR_DECLINED',
               'COUNSELLOR_REVOKED', 'COUNSELLOR_AWAITS_NEW_PARTNER');
