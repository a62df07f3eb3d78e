DROP INDEX `incidents_map`;--> statement-breakpoint
CREATE INDEX `incidents_map_pinned` ON `incidents` (`status`,`latitude`,`longitude`,`primary_type`,`date`,`id`,`location_precision`);