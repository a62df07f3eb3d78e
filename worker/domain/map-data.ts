/** The compact shapes `GET /api/map` sends: positional arrays, because there can be thousands. */
import type { AttackType } from "./enums";

/** [id, latitude, longitude, primary attack type, date] */
export type MapPoint = [string, number, number, AttackType, string];
/** [mean latitude, mean longitude, incidents, most frequent attack type] */
export type MapCell = [number, number, number, AttackType];

export type MapData =
  | { mode: "points"; total: number; points: MapPoint[] }
  | { mode: "cells"; total: number; cellSize: number; cells: MapCell[] };
