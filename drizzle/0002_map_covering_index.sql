DROP INDEX `incidents_position`;--> statement-breakpoint
CREATE INDEX `incidents_map` ON `incidents` (`status`,`latitude`,`longitude`,`primary_type`,`date`,`id`);--> statement-breakpoint
CREATE INDEX `incidents_status_country_date` ON `incidents` (`status`,`country`,`date`,`id`);