-- One schema for H2 and PostgreSQL: plain SQL types both understand.

create table account (
    id            uuid primary key,
    email         varchar(254) not null,
    display_name  varchar(60)  not null,
    password_hash varchar(255) not null,
    created_at    timestamp with time zone not null,
    version       bigint not null,
    constraint account_email_uk unique (email)
);

create table space (
    id         uuid primary key,
    name       varchar(80) not null,
    created_at timestamp with time zone not null,
    version    bigint not null
);

create table membership (
    id         uuid primary key,
    space_id   uuid not null references space (id),
    account_id uuid not null references account (id),
    role       varchar(20) not null,
    joined_at  timestamp with time zone not null,
    version    bigint not null,
    constraint membership_space_account_uk unique (space_id, account_id),
    constraint membership_role_ck check (role in ('PARTNER', 'COUNSELLOR'))
);

create index membership_account_idx on membership (account_id);

create table invitation (
    id         uuid primary key,
    space_id   uuid not null references space (id),
    role       varchar(20) not null,
    token_hash varchar(64) not null,
    created_by uuid not null references account (id),
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_by    uuid references account (id),
    used_at    timestamp with time zone,
    revoked_at timestamp with time zone,
    version    bigint not null,
    constraint invitation_token_uk unique (token_hash),
    constraint invitation_role_ck check (role in ('PARTNER', 'COUNSELLOR'))
);

create index invitation_space_idx on invitation (space_id);
