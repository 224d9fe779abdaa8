-- Negotiations follow the two-circles method: private drafts, a joint reveal, mirroring, rated options
-- and a signed agreement. Draft text lives only in draft_position and is shown to its author alone until
-- both partners are ready.

create table negotiation (
    id                 uuid primary key,
    space_id           uuid not null references space (id),
    title              varchar(120) not null,
    situation          varchar(1000),
    step               varchar(10) not null,
    opened_by          uuid not null references account (id),
    opened_at          timestamp with time zone not null,
    revealed_at        timestamp with time zone,
    proposed_option_id uuid,
    proposed_by        uuid references account (id),
    review_date        date,
    decline_note       varchar(500),
    declined_by        uuid references account (id),
    agreed_at          timestamp with time zone,
    version            bigint not null,
    constraint negotiation_step_ck check (step in ('DRAFT', 'MIRROR', 'OPTIONS', 'AGREED'))
);

create index negotiation_space_idx on negotiation (space_id);

create table draft_position (
    id             uuid primary key,
    negotiation_id uuid not null references negotiation (id),
    partner_id     uuid not null references account (id),
    core_needs     varchar(1000),
    flexible       varchar(4000),
    ready          boolean not null,
    version        bigint not null,
    constraint draft_position_uk unique (negotiation_id, partner_id)
);

create table mirror (
    id             uuid primary key,
    negotiation_id uuid not null references negotiation (id),
    listener_id    uuid not null references account (id),
    speaker_id     uuid not null references account (id),
    restatement    varchar(1000),
    status         varchar(10) not null,
    correction     varchar(1000),
    version        bigint not null,
    constraint mirror_uk unique (negotiation_id, listener_id),
    constraint mirror_status_ck check (status in ('WRITING', 'WAITING', 'CONFIRMED', 'CORRECTED'))
);

create table negotiation_option (
    id             uuid primary key,
    negotiation_id uuid not null references negotiation (id),
    text           varchar(300) not null,
    proposed_by    uuid not null references account (id),
    created_at     timestamp with time zone not null,
    version        bigint not null
);

create table option_rating (
    id         uuid primary key,
    option_id  uuid not null references negotiation_option (id),
    partner_id uuid not null references account (id),
    score      integer not null,
    version    bigint not null,
    constraint option_rating_uk unique (option_id, partner_id),
    constraint option_rating_score_ck check (score between 0 and 10)
);
