-- Gentle reminders by email. When a person last had a space open (a reminder is dropped if they saw it since),
-- their choices, and the outbox: one row per person, space and day, gathering what waits for them, sent once by
-- whichever server claims it first.
alter table membership add column last_seen_at timestamp with time zone;

create table reminder_settings (
    account_id uuid primary key references account (id) on delete cascade,
    kinds      varchar(200) not null,
    quiet_from time not null,
    quiet_to   time not null,
    time_zone  varchar(60) not null,
    version    bigint not null
);

create table reminder (
    id            uuid primary key,
    account_id    uuid not null references account (id) on delete cascade,
    space_id      uuid not null references space (id) on delete cascade,
    local_day     date not null,
    waiting       varchar(2000) not null,
    waiting_since timestamp with time zone not null,
    send_after    timestamp with time zone not null,
    status        varchar(10) not null,
    attempts      int default 0 not null,
    claimed_until timestamp with time zone,
    sent_at       timestamp with time zone,
    version       bigint not null,
    constraint reminder_day_uk unique (account_id, space_id, local_day),
    constraint reminder_status_ck check (status in ('WAITING', 'SENDING', 'SENT', 'DROPPED', 'FAILED'))
);

create index reminder_due_idx on reminder (status, send_after);

-- What the calendar brings (a review date, the check-in time) wakes each person once per thing and date.
create table reminder_due (
    account_id uuid not null references account (id) on delete cascade,
    subject_id uuid not null,
    due_on     date not null,
    constraint reminder_due_pk primary key (account_id, subject_id, due_on)
);
