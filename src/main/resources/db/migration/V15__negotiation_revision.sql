-- A negotiation remembers the space's revision of its last step: the servers' live models keep the newest copy
-- of it by that number (a step often changes only a draft, a restatement or a rating, not the negotiation's row).
alter table negotiation add column revision bigint default 0 not null;
