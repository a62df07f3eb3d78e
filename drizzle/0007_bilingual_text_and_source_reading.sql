ALTER TABLE `incident_sources` ADD `accessed_on` text;--> statement-breakpoint
ALTER TABLE `incidents` ADD `title_fr` text;--> statement-breakpoint
ALTER TABLE `incidents` ADD `summary_fr` text;