-- The agreed list: who thinks of, plans and does what, and what "done" means to both.
-- owner_id null means both partners together.

create table responsibility (
    id               uuid primary key,
    space_id         uuid not null references space (id),
    title            varchar(120) not null,
    area             varchar(20) not null,
    owner_id         uuid references account (id),
    cadence          varchar(15) not null,
    done_means       varchar(500) not null,
    minutes_per_week integer not null,
    notes            varchar(1000),
    state            varchar(10) not null,
    proposed_by      uuid not null references account (id),
    proposed_at      timestamp with time zone not null,
    agreed_by        uuid references account (id),
    agreed_at        timestamp with time zone,
    last_change      varchar(600),
    hand_over_to     uuid references account (id),
    revision         integer not null,
    version          bigint not null,
    constraint responsibility_area_ck check (area in ('HOUSEHOLD', 'MONEY', 'EMOTIONAL_SUPPORT', 'CARE', 'ADMIN', 'OTHER')),
    constraint responsibility_cadence_ck check (cadence in ('DAILY', 'WEEKLY', 'MONTHLY', 'OCCASIONALLY')),
    constraint responsibility_state_ck check (state in ('PROPOSED', 'AGREED')),
    constraint responsibility_minutes_ck check (minutes_per_week between 0 and 10080)
);

create index responsibility_space_idx on responsibility (space_id);
