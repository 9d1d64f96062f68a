// Text of the oversight page and its CSV files (bokmål), with the tables both show: one definition, so the file
// a user downloads has the same columns and figures as the table on the screen.
import type { Oversight } from "@/domain/oversight";
import { reportStatusLabel } from "@/lib/evaluation-text";


export type Cell = { text: string } | { ore: bigint } | { count: number | null };
export type View = "region" | "nettverk" | "uh" | "kommune";
export const VIEWS: View[] = ["region", "nettverk", "uh", "kommune"];

export const oversightText = {
  title: "Oversikt",
  heading: (county: string) => `Oversikt over midler og arbeid: ${county}`,
  mySide: "Min side",
  filters: "Utvalg",
  year: "År",
  wholePeriod: (name: string) => `Hele perioden (${name})`,
  region: "Region",
  allRegions: "Alle regioner",
  show: "Vis",
  shown: (years: number[], region: string | null) => `Viser ${years.length === 1 ? years[0] : `${years[0]}–${years.at(-1)}`}${region ? `, ${region}` : ""}.`,
  noPeriod: "Fylket har ingen strategiperiode som dekker året.",
  csv: (caption: string) => `Last ned «${caption}» som CSV`,
  chartLabel: "Diagram: tildelt, planlagt og utbetalt til nettverkene per region. Tallene står i tabellen ved siden av.",
  legend: { allocated: "Tildelt", planned: "Planlagt", paid: "Utbetalt" },
  usedNote: "Bruken av midlene rapporteres som tekst i regionenes evalueringer; status for evalueringen står i tabellen.",
  notFound: "Fant ikke oversikten.",
  signIn: "Du må logge inn.",
};

/** The four tables: per region, per network, per UH partner, per school owner (municipality). */
export function oversightTables(o: Oversight, regionName: (id: string) => string): Record<View, { caption: string; head: string[]; rows: Cell[][] }> {
  return {
    region: {
      caption: "Per region",
      head: ["Region", "Tildelt nettverk (kr)", "Planlagt nettverk (kr)", "Utbetalt (kr)", "Tildelt UH (kr)", "Planlagt UH (kr)", "Evaluering"],
      rows: o.regions.map((r) => [{ text: r.name }, { ore: r.allocatedNetworkOre }, { ore: r.plannedNetworkOre }, { ore: r.paidOre }, { ore: r.allocatedUhOre }, { ore: r.plannedUhOre },
        { text: r.evaluations.map((e) => `${e.year}: ${reportStatusLabel[e.status] ?? e.status}`).join(", ") || "–" }]),
    },
    nettverk: {
      caption: "Per nettverk",
      head: ["Nettverk", "Region", "Planlagt nettverk (kr)", "Planlagt UH (kr)", "Planlagt egenandel (kr)", "Deltakere", "Samlinger", "Oppmøte (%)"],
      rows: o.networks.map((n) => [{ text: n.name }, { text: regionName(n.regionId) }, { ore: n.plannedNetworkOre }, { ore: n.plannedUhOre }, { ore: n.plannedCoFinancingOre }, { count: n.participants }, { count: n.gatherings }, { count: n.attendancePercent }]),
    },
    uh: {
      caption: "Per UH-partner",
      head: ["UH-partner", "Regioner", "Tiltak", "Planlagt UH (kr)", "Planlagt nettverk (kr)"],
      rows: o.uh.map((u) => [{ text: u.name }, { count: u.regions }, { count: u.measures }, { ore: u.plannedUhOre }, { ore: u.plannedNetworkOre }]),
    },
    kommune: {
      caption: "Per skoleeier (kommune)",
      head: ["Skoleeier", "Region", "Statsmidler i planene (kr)", "Påkrevd egenandel (kr)", "Registrert egenandel (kr)", "Skoler i nettverk"],
      rows: o.owners.map((w) => [{ text: w.name }, { text: regionName(w.regionId) }, { ore: w.stateOre }, { ore: w.requiredOre }, { ore: w.recordedOre }, { count: w.schoolsInNetworks }]),
    },
  };
}
