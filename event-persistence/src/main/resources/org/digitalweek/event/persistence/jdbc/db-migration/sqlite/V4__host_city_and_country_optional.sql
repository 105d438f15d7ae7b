-- Version 4: the host city and country of an edition, of its series and of its venues may be NULL,
-- which means "not given" (a schedule that names neither still imports). V3 is another change.
--
-- SQLite cannot drop a NOT NULL constraint in place. The usual rebuild (create a copy of the table,
-- drop the old one, rename the copy) needs PRAGMA foreign_keys = OFF, which has no effect inside
-- the transaction Flyway runs this script in: dropping editions would then delete every row that
-- refers to it (ON DELETE CASCADE), and dropping venues would break the rooms that refer to them.
-- So each column is rebuilt instead, in the same transaction: a nullable column is added, filled
-- from the old one, the old one dropped (SQLite 3.35 and later rewrite the table's rows) and the new
-- one takes its name. Every row, key and foreign key stays as it was; only the column's place in
-- the table changes, and the library reads columns by name.

ALTER TABLE editions ADD COLUMN host_city_v4 TEXT;
UPDATE editions SET host_city_v4 = host_city;
ALTER TABLE editions DROP COLUMN host_city;
ALTER TABLE editions RENAME COLUMN host_city_v4 TO host_city;

ALTER TABLE editions ADD COLUMN host_country_v4 TEXT;
UPDATE editions SET host_country_v4 = host_country;
ALTER TABLE editions DROP COLUMN host_country;
ALTER TABLE editions RENAME COLUMN host_country_v4 TO host_country;

ALTER TABLE series ADD COLUMN host_country_v4 TEXT;
UPDATE series SET host_country_v4 = host_country;
ALTER TABLE series DROP COLUMN host_country;
ALTER TABLE series RENAME COLUMN host_country_v4 TO host_country;

ALTER TABLE venues ADD COLUMN city_v4 TEXT;
UPDATE venues SET city_v4 = city;
ALTER TABLE venues DROP COLUMN city;
ALTER TABLE venues RENAME COLUMN city_v4 TO city;

ALTER TABLE venues ADD COLUMN country_v4 TEXT;
UPDATE venues SET country_v4 = country;
ALTER TABLE venues DROP COLUMN country;
ALTER TABLE venues RENAME COLUMN country_v4 TO country;
