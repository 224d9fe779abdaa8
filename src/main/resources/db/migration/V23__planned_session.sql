-- The next session a counsellor plans with the couple: one per space at a time, a moment and the zone the
-- counsellor planned it in. The partners may ask for another time: one short note each per plan, which goes
-- when the plan is replaced, cancelled or recorded as held.
create table planned_session (
    id            uuid primary key,
    space_id      uuid not null references space (id) on delete cascade,
    counsellor_id uuid not null references account (id) on delete cascade,
    starts_at     timestamp with time zone not null,
    time_zone     varchar(60) not null,
    planned_at    timestamp with time zone not null,
    version       bigint not null,
    constraint planned_session_one_per_space unique (space_id)
);

create index planned_session_starts_idx on planned_session (starts_at);

create table planned_session_request (
    id                 uuid primary key,
    planned_session_id uuid not null references planned_session (id) on delete cascade,
    partner_id         uuid not null references account (id) on delete cascade,
    words              varchar(500) not null,
    asked_at           timestamp with time zone not null,
    version            bigint not null,
    constraint planned_session_request_once unique (planned_session_id, partner_id)
);

-- A new kind of reminder, on for everyone who has not turned every reminder off (as it is for someone new).
update reminder_settings set kinds = kinds || ',SESSION', version = version + 1 where kinds <> '';
