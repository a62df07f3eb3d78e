-- The search index's rowid now follows the list's order, so that a search (`q`) reads its first
-- page in that order and stops, instead of reading every match and sorting them: at 100k
-- incidents, `q=lockbit` read 5,080 rows for a page of 50 (D1 bills rows read).
--
-- rowid = (days from 1900-01-01 to `date`) * 2^32 + the incident's own rowid. Newest day first
-- is then rowid descending; within a day the order is arbitrary, and the list query puts that
-- day back in (date, id) order (worker/db/search-page.ts). The low 32 bits only keep rowids
-- unique: incidents' rowid stays below 2^32. The key is never read back as an identity: rows
-- are still found and deleted by `incident_id`.
DROP TRIGGER `incidents_fts_after_insert`;
--> statement-breakpoint
DROP TRIGGER `incidents_fts_after_update`;
--> statement-breakpoint
DROP TRIGGER `incidents_fts_after_delete`;
--> statement-breakpoint
DROP TABLE `incidents_fts`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `incidents_fts` USING fts5(
  `incident_id` UNINDEXED,
  `organisation_name`,
  `title_en`,
  `summary_en`,
  `title_fr`,
  `summary_fr`,
  `threat_actor`,
  `third_party_name`,
  `city`,
  tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
INSERT INTO `incidents_fts` (`rowid`, `incident_id`, `organisation_name`, `title_en`, `summary_en`, `title_fr`, `summary_fr`, `threat_actor`, `third_party_name`, `city`)
SELECT CAST(julianday(`date`) - 2415020.5 AS INTEGER) * 4294967296 + `rowid`, `id`, `organisation_name`, `title_en`, `summary_en`, `title_fr`, `summary_fr`, `threat_actor`, `third_party_name`, `city` FROM `incidents`;
--> statement-breakpoint
CREATE TRIGGER `incidents_fts_after_insert` AFTER INSERT ON `incidents` BEGIN
  INSERT INTO `incidents_fts` (`rowid`, `incident_id`, `organisation_name`, `title_en`, `summary_en`, `title_fr`, `summary_fr`, `threat_actor`, `third_party_name`, `city`)
  VALUES (CAST(julianday(new.`date`) - 2415020.5 AS INTEGER) * 4294967296 + new.`rowid`, new.`id`, new.`organisation_name`, new.`title_en`, new.`summary_en`, new.`title_fr`, new.`summary_fr`, new.`threat_actor`, new.`third_party_name`, new.`city`);
END;
--> statement-breakpoint
-- `date` is in the list now: a corrected date moves the incident in the list, so in the index.
CREATE TRIGGER `incidents_fts_after_update` AFTER UPDATE OF `date`, `organisation_name`, `title_en`, `summary_en`, `title_fr`, `summary_fr`, `threat_actor`, `third_party_name`, `city` ON `incidents` BEGIN
  DELETE FROM `incidents_fts` WHERE `incident_id` = old.`id`;
  INSERT INTO `incidents_fts` (`rowid`, `incident_id`, `organisation_name`, `title_en`, `summary_en`, `title_fr`, `summary_fr`, `threat_actor`, `third_party_name`, `city`)
  VALUES (CAST(julianday(new.`date`) - 2415020.5 AS INTEGER) * 4294967296 + new.`rowid`, new.`id`, new.`organisation_name`, new.`title_en`, new.`summary_en`, new.`title_fr`, new.`summary_fr`, new.`threat_actor`, new.`third_party_name`, new.`city`);
END;
--> statement-breakpoint
CREATE TRIGGER `incidents_fts_after_delete` AFTER DELETE ON `incidents` BEGIN
  DELETE FROM `incidents_fts` WHERE `incident_id` = old.`id`;
END;
