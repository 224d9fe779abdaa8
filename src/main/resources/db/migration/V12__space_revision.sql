-- Every change to a space's content counts one revision: the servers' live models of the space notice a
-- change they missed by the gap it leaves.
alter table space add column revision bigint default 0 not null;
