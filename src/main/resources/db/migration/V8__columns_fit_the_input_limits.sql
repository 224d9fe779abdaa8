-- Every column holds the longest input the services accept (FieldLimitsServiceTest saves each at its limit).
-- Flexible areas: twenty lines of 200 characters and the nineteen line breaks between them.
alter table draft_position alter column flexible set data type varchar(4019);
-- Sentences made from several fields at their limits (a changed "done means", before and after; an option
-- under a long topic) outgrew 400 and 600 characters.
alter table activity alter column description set data type varchar(2000);
alter table responsibility alter column last_change set data type varchar(2000);
