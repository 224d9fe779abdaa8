-- What a partner kept from the counsellor stays kept until that partner chooses otherwise.

-- Who kept a goal or hobby from the counsellor: only they show it again, also after the other partner took it
-- into their own column. Kept before this column: by its owner then, taken as its owner now or its author.
alter table board_item add column hidden_by uuid references account (id) on delete set null;
update board_item set hidden_by = coalesce(owner_id, created_by) where hidden_from_counsellor;

-- A change of a shared value that would share it with the counsellor, waiting for the other partner to accept:
-- the words the other partner kept from the counsellor stay kept until then.
alter table shared_value add column sharing_asked boolean default false not null;
