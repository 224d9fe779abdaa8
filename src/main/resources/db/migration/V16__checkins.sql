-- The weekly check-in. Each partner answers privately (checkin_answer and appreciation); the answers are shown
-- to the other partner only once both submitted, and to the counsellor only those their author shared.

create table checkin_rhythm (
    space_id     uuid primary key references space (id),
    day_of_week  varchar(9) not null,
    time_of_day  time not null,
    every_weeks  int not null,
    proposed_by  uuid not null references account (id),
    agreed_by    uuid references account (id),
    agreed_at    timestamp with time zone,
    revision     bigint default 0 not null,
    version      bigint not null,
    constraint checkin_rhythm_weeks_ck check (every_weeks in (1, 2))
);

create table checkin (
    id               uuid primary key,
    space_id         uuid not null references space (id),
    started_by       uuid not null references account (id),
    started_at       timestamp with time zone not null,
    revealed_at      timestamp with time zone,
    closed_at        timestamp with time zone,
    together_plan    varchar(120),
    together_item_id uuid,
    revision         bigint default 0 not null,
    version          bigint not null
);

create index checkin_space_idx on checkin (space_id, started_at);

create table checkin_answer (
    id               uuid primary key,
    checkin_id       uuid not null references checkin (id),
    partner_id       uuid not null references account (id),
    connection       int,
    showed_up        int,
    ratings_shared   boolean default false not null,
    new_info         varchar(1000),
    new_info_shared  boolean default false not null,
    puzzled          varchar(1000),
    puzzled_shared   boolean default false not null,
    heavy            varchar(1000),
    heavy_shared     boolean default false not null,
    wish             varchar(1000),
    wish_shared      boolean default false not null,
    submitted_at     timestamp with time zone,
    own_plan         varchar(120),
    own_item_id      uuid,
    version          bigint not null,
    constraint checkin_answer_once unique (checkin_id, partner_id),
    constraint checkin_answer_connection_ck check (connection between 1 and 10),
    constraint checkin_answer_showed_up_ck check (showed_up between 1 and 10)
);

create table appreciation (
    id         uuid primary key,
    answer_id  uuid not null references checkin_answer (id),
    sort_order int not null,
    words      varchar(500) not null,
    link_kind  varchar(14),
    link_id    uuid,
    shared     boolean default false not null,
    version    bigint not null,
    constraint appreciation_link_ck check (link_kind in ('ITEM', 'RESPONSIBILITY'))
);

create index appreciation_answer_idx on appreciation (answer_id);

create table checkin_issue (
    id             uuid primary key,
    checkin_id     uuid not null references checkin (id),
    raised_by      uuid not null references account (id),
    raised_at      timestamp with time zone not null,
    title          varchar(120) not null,
    words          varchar(200),
    negotiation_id uuid references negotiation (id),
    version        bigint not null
);

create index checkin_issue_checkin_idx on checkin_issue (checkin_id);
