-- Version 4: the host city and country of an edition, of its series and of its venues may be NULL,
-- which means "not given" (a schedule that names neither still imports). V3 is another change.
-- The script of the same name in ../sqlite makes the same change.

ALTER TABLE editions ALTER COLUMN host_city DROP NOT NULL;
ALTER TABLE editions ALTER COLUMN host_country DROP NOT NULL;
ALTER TABLE series ALTER COLUMN host_country DROP NOT NULL;
ALTER TABLE venues ALTER COLUMN city DROP NOT NULL;
ALTER TABLE venues ALTER COLUMN country DROP NOT NULL;
