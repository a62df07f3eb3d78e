-- Full-text search over what people type into the search box. A regular (not external-content)
-- FTS5 table keyed by the incident id: incidents has a TEXT primary key, so its implicit rowid
-- may change on VACUUM and cannot anchor an external-content index.
CREATE VIRTUAL TABLE `incidents_fts` USING fts5(
  `incident_id` UNINDEXED,
  `organisation_name`,
  `title`,
  `summary`,
  `threat_actor`,
  `third_party_name`,
  `city`,
  tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `incidents_fts_after_insert` AFTER INSERT ON `incidents` BEGIN
  INSERT INTO `incidents_fts` (`incident_id`, `organisation_name`, `title`, `summary`, `threat_actor`, `third_party_name`, `city`)
  VALUES (new.`id`, new.`organisation_name`, new.`title`, new.`summary`, new.`threat_actor`, new.`third_party_name`, new.`city`);
END;
--> statement-breakpoint
CREATE TRIGGER `incidents_fts_after_update` AFTER UPDATE OF `organisation_name`, `title`, `summary`, `threat_actor`, `third_party_name`, `city` ON `incidents` BEGIN
  DELETE FROM `incidents_fts` WHERE `incident_id` = old.`id`;
  INSERT INTO `incidents_fts` (`incident_id`, `organisation_name`, `title`, `summary`, `threat_actor`, `third_party_name`, `city`)
  VALUES (new.`id`, new.`organisation_name`, new.`title`, new.`summary`, new.`threat_actor`, new.`third_party_name`, new.`city`);
END;
--> statement-breakpoint
CREATE TRIGGER `incidents_fts_after_delete` AFTER DELETE ON `incidents` BEGIN
  DELETE FROM `incidents_fts` WHERE `incident_id` = old.`id`;
END;
--> statement-breakpoint
-- The dataset version: one row, bumped by every write to a published fact, so that ETags and
-- cache keys of public reads change exactly when the data does.
INSERT INTO `dataset_state` (`id`, `version`) VALUES (1, 1);
--> statement-breakpoint
CREATE TRIGGER `dataset_version_incident_insert` AFTER INSERT ON `incidents` BEGIN
  UPDATE `dataset_state` SET `version` = `version` + 1, `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `dataset_version_incident_update` AFTER UPDATE ON `incidents` BEGIN
  UPDATE `dataset_state` SET `version` = `version` + 1, `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `dataset_version_incident_delete` AFTER DELETE ON `incidents` BEGIN
  UPDATE `dataset_state` SET `version` = `version` + 1, `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `dataset_version_source_insert` AFTER INSERT ON `incident_sources` BEGIN
  UPDATE `dataset_state` SET `version` = `version` + 1, `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `dataset_version_source_update` AFTER UPDATE ON `incident_sources` BEGIN
  UPDATE `dataset_state` SET `version` = `version` + 1, `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `dataset_version_source_delete` AFTER DELETE ON `incident_sources` BEGIN
  UPDATE `dataset_state` SET `version` = `version` + 1, `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE `id` = 1;
END;
