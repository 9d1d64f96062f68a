// The tables the oversight page and its CSV files both show, with their captions and headings in the language of
// the request (the catalogue's "oversight" keys): one definition, so the file a user downloads has the same columns and
// figures as the table on the screen.
import type { Oversight } from "@/domain/oversight";
import { reportStatusLabel } from "@/lib/evaluation-text";
import { msg } from "@/i18n/server-text";

export type Cell = { text: string } | { ore: bigint } | { count: number | null };
export type View = "region" | "nettverk" | "uh" | "kommune";
export const VIEWS: View[] = ["region", "nettverk", "uh", "kommune"];

/** A table's caption and column headings from the catalogue. */
function heads<V extends View>(view: V, keys: string[]) {
  return { caption: msg(`oversight.table.${view}.caption` as never), head: keys.map((k) => msg(`oversight.table.${view}.head.${k}` as never)) };
}

/** The four tables: per region, per network, per UH partner, per school owner (municipality). */
export function oversightTables(o: Oversight, regionName: (id: string) => string): Record<View, { caption: string; head: string[]; rows: Cell[][] }> {
  return {
    region: {
      ...heads("region", ["name", "allocatedNetwork", "plannedNetwork", "paid", "allocatedUh", "plannedUh", "evaluation"]),
      rows: o.regions.map((r) => [{ text: r.name }, { ore: r.allocatedNetworkOre }, { ore: r.plannedNetworkOre }, { ore: r.paidOre }, { ore: r.allocatedUhOre }, { ore: r.plannedUhOre },
        { text: r.evaluations.map((e) => `${e.year}: ${reportStatusLabel[e.status] ?? e.status}`).join(", ") || "–" }]),
    },
    nettverk: {
      ...heads("nettverk", ["name", "region", "plannedNetwork", "plannedUh", "plannedCoFinancing", "participants", "gatherings", "attendance"]),
      rows: o.networks.map((n) => [{ text: n.name }, { text: regionName(n.regionId) }, { ore: n.plannedNetworkOre }, { ore: n.plannedUhOre }, { ore: n.plannedCoFinancingOre }, { count: n.participants }, { count: n.gatherings }, { count: n.attendancePercent }]),
    },
    uh: {
      ...heads("uh", ["name", "regions", "measures", "plannedUh", "plannedNetwork"]),
      rows: o.uh.map((u) => [{ text: u.name }, { count: u.regions }, { count: u.measures }, { ore: u.plannedUhOre }, { ore: u.plannedNetworkOre }]),
    },
    kommune: {
      ...heads("kommune", ["name", "region", "stateMoney", "required", "recorded", "schoolsInNetworks"]),
      rows: o.owners.map((w) => [{ text: w.name }, { text: regionName(w.regionId) }, { ore: w.stateOre }, { ore: w.requiredOre }, { ore: w.recordedOre }, { count: w.schoolsInNetworks }]),
    },
  };
}
