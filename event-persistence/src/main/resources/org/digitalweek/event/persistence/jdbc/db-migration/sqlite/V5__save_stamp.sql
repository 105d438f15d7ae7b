-- Version 5: every save of an edition writes a new random stamp into its editions row (release
-- number 0), in the transaction that writes its content. A store that remembers the programme it
-- saved or read under that stamp knows what the content rows hold without reading them, and a save
-- writes only the rows that differ (see JdbcEditions and docs/storage.md). NULL: a row written
-- before this version, or a release's row; the next save of the edition then replaces every row.
-- The script of the same name in ../postgresql makes the same change.

ALTER TABLE editions ADD COLUMN save_stamp TEXT;
