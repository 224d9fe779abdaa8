-- Boundaries (each partner's own, published when ready, acknowledged by the other restating them), private
-- self-checks, each partner's core values (private until both are ready) and the values the couple agree on.

create table boundary (
    id                     uuid primary key,
    space_id               uuid not null references space (id),
    author_id              uuid not null references account (id),
    kind                   varchar(10) not null,
    words                  varchar(500) not null,
    published_at           timestamp with time zone,
    shared_with_counsellor boolean default false not null,
    review_date            date,
    restatement            varchar(500),
    status                 varchar(10),
    correction             varchar(500),
    negotiation_id         uuid references negotiation (id),
    content_revision       int not null,
    revision               bigint default 0 not null,
    version                bigint not null,
    constraint boundary_kind_ck check (kind in ('EMOTIONAL', 'MENTAL', 'PHYSICAL', 'ENERGETIC', 'TIME', 'MATERIAL')),
    constraint boundary_status_ck check (status in ('WRITING', 'WAITING', 'CONFIRMED', 'CORRECTED'))
);

create index boundary_space_idx on boundary (space_id);

create table self_check (
    id         uuid primary key,
    space_id   uuid not null references space (id),
    partner_id uuid not null references account (id),
    kind       varchar(10) not null,
    feeling    varchar(10) not null,
    version    bigint not null,
    constraint self_check_once unique (space_id, partner_id, kind),
    constraint self_check_kind_ck check (kind in ('EMOTIONAL', 'MENTAL', 'PHYSICAL', 'ENERGETIC', 'TIME', 'MATERIAL')),
    constraint self_check_feeling_ck check (feeling in ('HEALTHY', 'TOO_LOOSE', 'TOO_RIGID'))
);

create table values_pick (
    id                     uuid primary key,
    space_id               uuid not null references space (id),
    partner_id             uuid not null references account (id),
    picks                  varchar(250),
    ready                  boolean default false not null,
    shared_with_counsellor boolean default false not null,
    revealed_at            timestamp with time zone,
    revision               bigint default 0 not null,
    version                bigint not null,
    constraint values_pick_once unique (space_id, partner_id)
);

create table shared_value (
    id                     uuid primary key,
    space_id               uuid not null references space (id),
    name                   varchar(40) not null,
    meaning                varchar(300) not null,
    goal_ids               varchar(400),
    review_date            date,
    shared_with_counsellor boolean default false not null,
    proposed_by            uuid not null references account (id),
    agreed_by              uuid references account (id),
    agreed_at              timestamp with time zone,
    content_revision       int not null,
    revision               bigint default 0 not null,
    version                bigint not null
);

create index shared_value_space_idx on shared_value (space_id);

-- A line about a boundary or shared value its author keeps from the counsellor stays out of the counsellor's
-- feed, even after the boundary is withdrawn.
alter table activity add column kept_from_counsellor boolean default false not null;
