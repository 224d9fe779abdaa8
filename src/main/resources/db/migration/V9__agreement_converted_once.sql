-- An agreed outcome becomes a responsibility, a shared goal, or both, each once: what it became is kept here.
alter table negotiation add column responsibility_id uuid;
alter table negotiation add column shared_goal_id uuid;
