-- The board: goals and hobbies, each in a partner's own column (owner_id) or shared (owner_id null).

create table board_item (
    id          uuid primary key,
    space_id    uuid not null references space (id),
    owner_id    uuid references account (id),
    kind        varchar(10) not null,
    title       varchar(120) not null,
    notes       varchar(2000),
    status      varchar(10) not null,
    target_date date,
    support     varchar(1000),
    position    integer not null,
    revision    integer not null,
    achieved_at timestamp with time zone,
    archived_at timestamp with time zone,
    created_by  uuid not null references account (id),
    created_at  timestamp with time zone not null,
    updated_by  uuid not null references account (id),
    updated_at  timestamp with time zone not null,
    version     bigint not null,
    constraint board_item_kind_ck check (kind in ('GOAL', 'HOBBY')),
    constraint board_item_status_ck check (status in ('IDEA', 'ACTIVE', 'ACHIEVED', 'PAUSED'))
);

create index board_item_space_idx on board_item (space_id);

-- Who changed what and when, per space. item_id lets later rules hide entries about hidden items.

create table activity (
    id          uuid primary key,
    space_id    uuid not null references space (id),
    actor_id    uuid not null references account (id),
    item_id     uuid,
    description varchar(400) not null,
    occurred_at timestamp with time zone not null,
    version     bigint not null
);

create index activity_space_time_idx on activity (space_id, occurred_at);
