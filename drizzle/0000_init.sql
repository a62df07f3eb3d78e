CREATE TABLE `dataset_state` (
	`id` integer PRIMARY KEY NOT NULL,
	`version` integer NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `incident_attack_types` (
	`incident_id` text NOT NULL,
	`attack_type` text NOT NULL,
	PRIMARY KEY(`incident_id`, `attack_type`),
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `incident_attack_types_type` ON `incident_attack_types` (`attack_type`,`incident_id`);--> statement-breakpoint
CREATE TABLE `incident_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`incident_id` text NOT NULL,
	`revision` integer NOT NULL,
	`summary` text NOT NULL,
	`snapshot` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `incident_revisions_incident` ON `incident_revisions` (`incident_id`,`revision`);--> statement-breakpoint
CREATE TABLE `incident_sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`incident_id` text NOT NULL,
	`position` integer NOT NULL,
	`url` text NOT NULL,
	`title` text NOT NULL,
	`publisher` text,
	`published_on` text,
	`kind` text NOT NULL,
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `incident_sources_incident` ON `incident_sources` (`incident_id`,`position`);--> statement-breakpoint
CREATE TABLE `incidents` (
	`id` text PRIMARY KEY NOT NULL,
	`status` text DEFAULT 'published' NOT NULL,
	`retraction_reason` text,
	`duplicate_of` text,
	`verification` text NOT NULL,
	`title` text NOT NULL,
	`summary` text NOT NULL,
	`organisation_name` text NOT NULL,
	`organisation_type` text NOT NULL,
	`third_party_name` text,
	`country` text,
	`subdivision` text,
	`department` text,
	`city` text,
	`latitude` real NOT NULL,
	`longitude` real NOT NULL,
	`location_precision` text NOT NULL,
	`occurred_on` text,
	`occurred_precision` text,
	`discovered_on` text,
	`discovered_precision` text,
	`disclosed_on` text,
	`disclosed_precision` text,
	`date` text NOT NULL,
	`date_precision` text NOT NULL,
	`primary_type` text NOT NULL,
	`attack_types` text NOT NULL,
	`threat_actor` text,
	`assets_hit` text NOT NULL,
	`individuals_affected` integer,
	`affected_is_estimate` integer DEFAULT false NOT NULL,
	`data_categories` text NOT NULL,
	`data_published_online` integer,
	`data_published_on` text,
	`care_disruption` text,
	`disruption_days` integer,
	`ransom_demanded_amount` real,
	`ransom_demanded_currency` text,
	`ransom_paid` integer,
	`regulator_actions` text NOT NULL,
	`synthetic` integer DEFAULT false NOT NULL,
	`revision` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`published_at` text
);
--> statement-breakpoint
CREATE INDEX `incidents_status_date_id` ON `incidents` (`status`,`date`,`id`);--> statement-breakpoint
CREATE INDEX `incidents_position` ON `incidents` (`latitude`,`longitude`);--> statement-breakpoint
CREATE INDEX `incidents_country_subdivision` ON `incidents` (`country`,`subdivision`,`department`);--> statement-breakpoint
CREATE INDEX `incidents_organisation_type` ON `incidents` (`organisation_type`);--> statement-breakpoint
CREATE INDEX `incidents_individuals_affected` ON `incidents` (`individuals_affected`);