DROP INDEX `incident_revisions_incident`;--> statement-breakpoint
ALTER TABLE `incident_revisions` ADD `reason` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `incident_revisions` ADD `changes` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `incident_revisions` ADD `source_url` text;--> statement-breakpoint
CREATE UNIQUE INDEX `incident_revisions_incident` ON `incident_revisions` (`incident_id`,`revision`);