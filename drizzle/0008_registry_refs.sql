CREATE TABLE `incident_registry_refs` (
	`registry` text NOT NULL,
	`ref` text NOT NULL,
	`incident_id` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`registry`, `ref`),
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `incident_registry_refs_incident` ON `incident_registry_refs` (`incident_id`);--> statement-breakpoint
-- Registry links are public facts (exports, /api/lookup): a change bumps the dataset version.
CREATE TRIGGER `dataset_version_registry_ref_insert` AFTER INSERT ON `incident_registry_refs` BEGIN
  UPDATE `dataset_state` SET `version` = `version` + 1, `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `dataset_version_registry_ref_delete` AFTER DELETE ON `incident_registry_refs` BEGIN
  UPDATE `dataset_state` SET `version` = `version` + 1, `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE `id` = 1;
END;
