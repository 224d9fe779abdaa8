-- Activity lines hold what happened (a kind, the subject, the few words the sentence needs), not a sentence:
-- the sentence is made where it is shown. V14 reads the kind and words out of the sentences stored so far.
alter table activity add column kind varchar(40) default 'EARLIER' not null;
alter table activity add column subject_title varchar(300);
alter table activity add column details varchar(200);
alter table activity add column other_id uuid;
alter table activity add column quote varchar(1000);
alter table activity alter column description drop not null;
