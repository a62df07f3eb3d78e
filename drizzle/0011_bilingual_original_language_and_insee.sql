ALTER TABLE `incidents` ADD `title_en` text;--> statement-breakpoint
ALTER TABLE `incidents` ADD `summary_en` text;--> statement-breakpoint
ALTER TABLE `incidents` ADD `original_language` text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE `incidents` ADD `insee_code` text;--> statement-breakpoint
-- `title` and `summary` were the English text, NOT NULL since 0000. A contributor may now write
-- in French only, so the English text moves to the nullable `title_en`/`summary_en`, and
-- `title`/`summary` keep the text in `original_language` (a copy kept by the write layer, never
-- served). Making them nullable would rebuild `incidents`, and on D1 dropping it cascades to its
-- sources, attack types, revisions and registry links (foreign keys cannot be turned off there).
-- Every incident stored so far was written in English.
UPDATE `incidents` SET `title_en` = `title`, `summary_en` = `summary`;
--> statement-breakpoint
-- Full-text search now covers both languages: the index is rebuilt with the French texts.
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
INSERT INTO `incidents_fts` (`incident_id`, `organisation_name`, `title_en`, `summary_en`, `title_fr`, `summary_fr`, `threat_actor`, `third_party_name`, `city`)
SELECT `id`, `organisation_name`, `title_en`, `summary_en`, `title_fr`, `summary_fr`, `threat_actor`, `third_party_name`, `city` FROM `incidents`;
--> statement-breakpoint
CREATE TRIGGER `incidents_fts_after_insert` AFTER INSERT ON `incidents` BEGIN
  INSERT INTO `incidents_fts` (`incident_id`, `organisation_name`, `title_en`, `summary_en`, `title_fr`, `summary_fr`, `threat_actor`, `third_party_name`, `city`)
  VALUES (new.`id`, new.`organisation_name`, new.`title_en`, new.`summary_en`, new.`title_fr`, new.`summary_fr`, new.`threat_actor`, new.`third_party_name`, new.`city`);
END;
--> statement-breakpoint
CREATE TRIGGER `incidents_fts_after_update` AFTER UPDATE OF `organisation_name`, `title_en`, `summary_en`, `title_fr`, `summary_fr`, `threat_actor`, `third_party_name`, `city` ON `incidents` BEGIN
  DELETE FROM `incidents_fts` WHERE `incident_id` = old.`id`;
  INSERT INTO `incidents_fts` (`incident_id`, `organisation_name`, `title_en`, `summary_en`, `title_fr`, `summary_fr`, `threat_actor`, `third_party_name`, `city`)
  VALUES (new.`id`, new.`organisation_name`, new.`title_en`, new.`summary_en`, new.`title_fr`, new.`summary_fr`, new.`threat_actor`, new.`third_party_name`, new.`city`);
END;
--> statement-breakpoint
CREATE TRIGGER `incidents_fts_after_delete` AFTER DELETE ON `incidents` BEGIN
  DELETE FROM `incidents_fts` WHERE `incident_id` = old.`id`;
END;
