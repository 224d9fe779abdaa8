-- The language a person chose on their account page ("en", "de"); none: the one their browser asks for.
alter table account add column language varchar(8);
