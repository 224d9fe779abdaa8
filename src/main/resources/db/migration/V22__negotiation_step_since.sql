-- When a negotiation reached the step it is on: a counsellor's caseload shows the ones that have waited on one step
-- for more than two weeks. Before this column, the options step's start was not kept: the reveal stands in for it.
alter table negotiation add column step_since timestamp with time zone;
update negotiation set step_since = coalesce(agreed_at, revealed_at, opened_at);
alter table negotiation alter column step_since set not null;
