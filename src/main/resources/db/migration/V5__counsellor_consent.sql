-- A counsellor sees a space only while both partners consent. Partners are always ACTIVE.

alter table membership add column status varchar(10) default 'ACTIVE' not null;
alter table membership add constraint membership_status_ck check (status in ('ACTIVE', 'PENDING', 'DECLINED', 'REVOKED'));

create table consent (
    id            uuid primary key,
    membership_id uuid not null references membership (id),
    partner_id    uuid not null references account (id),
    approved      boolean not null,
    decided_at    timestamp with time zone not null,
    version       bigint not null,
    constraint consent_uk unique (membership_id, partner_id)
);

-- A partner's own item can be kept from the counsellor.
alter table board_item add column hidden_from_counsellor boolean default false not null;
