// Deterministic sample files in the shapes of NSR and Enhetsregisteret (../shared/registers.md), with valid
// mod-11 organisasjonsnumre. They are samples, not copies of the registers: every name is made up.
import { orgNumberCheckDigit } from "../../src/domain/orgnr.ts";

/** The n-th valid organisasjonsnummer after a base. */
function orgNumbers(base: number, count: number): string[] {
  const out: string[] = [];
  for (let n = base; out.length < count; n++) {
    const first = String(n).padStart(8, "0");
    const check = orgNumberCheckDigit(first);
    if (check !== null) out.push(`${first}${check}`);
  }
  return out;
}

const MUNICIPALITIES = ["Eksempelvik", "Prøvestad", "Testfjord", "Demodal", "Modellnes", "Utkastøy", "Skissebygd", "Malberg", "Forsøkseid", "Øvingsland", "Læringsvåg", "Fjordmodell"];
const PLACES = ["Nord", "Sør", "Øst", "Vest", "Sentrum", "Haugen", "Bakken", "Vika", "Moen", "Lia", "Åsen", "Strand", "Berget", "Holmen", "Dalen", "Neset", "Sletta", "Myra", "Brekka", "Tangen", "Øra", "Engen", "Furua", "Kroken", "Sundet", "Toppen", "Vollen"];

export function sampleOwners() {
  const numbers = orgNumbers(94000000, MUNICIPALITIES.length + 3);
  const municipalities = MUNICIPALITIES.map((m, i) => ({ orgnr: numbers[i], name: `${m} kommune`, kommunenummer: String(5590 + i), form: "KOMM" }));
  return [
    ...municipalities,
    { orgnr: numbers[MUNICIPALITIES.length], name: "Eksempel fylkeskommune", kommunenummer: "5500", form: "FYLK" },
    { orgnr: numbers[MUNICIPALITIES.length + 1], name: "Friskolen Prøvestad AS", kommunenummer: "5591", form: "AS" },
    { orgnr: numbers[MUNICIPALITIES.length + 2], name: "Montessori Demodal SA", kommunenummer: "5593", form: "SA" },
  ];
}

/** An NSR list page with `schools` active schools (and a few units that are not imported). */
export function sampleNsr(schools = 320) {
  const owners = sampleOwners();
  const municipalities = owners.filter((o) => o.form === "KOMM");
  const county = owners.find((o) => o.form === "FYLK")!;
  const privates = owners.filter((o) => o.form === "AS" || o.form === "SA");
  const numbers = orgNumbers(97000000, schools + 5);
  const units = numbers.slice(0, schools).map((orgnr, i) => {
    const vgs = i % 16 === 15;
    const isPrivate = !vgs && i % 40 === 7;
    const owner = vgs ? county : isPrivate ? privates[i % privates.length] : municipalities[i % municipalities.length];
    const place = PLACES[Math.floor(i / municipalities.length) % PLACES.length];
    const municipality = municipalities[i % municipalities.length];
    return {
      Orgnr: orgnr, Navn: `${place} ${vgs ? "videregående skole" : "skole"} ${Math.floor(i / (municipalities.length * PLACES.length)) || ""}`.replace(/ $/, "").replace(/  /g, " ") + ` (${municipality.name.replace(" kommune", "")})`,
      ErAktiv: true, ErSkole: true, ErGrunnskole: !vgs, ErVideregaaendeSkole: vgs, ErOffentligSkole: !isPrivate, ErPrivatskole: isPrivate,
      Karakteristikk: "Skole", Elevtall: 40 + ((i * 37) % 460), Maalform: { Navn: i % 9 === 4 ? "Nynorsk" : "Bokmål" },
      Kommune: { Navn: municipality.name.replace(" kommune", ""), Kommunenummer: municipality.kommunenummer }, Fylke: { Navn: "Eksempel" },
      ForeldreRelasjoner: [{ Relasjonstype: { Id: "1", Navn: "Eierforhold" }, Enhet: { Orgnr: owner.orgnr, Navn: owner.name } }],
    };
  });
  // Not imported: a closed school, a kindergarten, and a school with a broken organisasjonsnummer (rejected).
  units.push({ ...units[0], Orgnr: numbers[schools], Navn: "Nedlagt skole (Eksempelvik)", ErAktiv: false });
  units.push({ ...units[1], Orgnr: numbers[schools + 1], Navn: "Eksempelvik barnehage", ErSkole: false, ErGrunnskole: false });
  units.push({ ...units[2], Orgnr: "123456789", Navn: "Feilnummer skole (Testfjord)" });
  return { Enheter: units, AntallSider: 1 };
}

/** NBR (kindergartens), the same shape as NSR: municipal and private kindergartens with their owners and children. */
export function sampleNbr(kindergartens = 60) {
  const owners = sampleOwners();
  const municipalities = owners.filter((o) => o.form === "KOMM");
  const privates = owners.filter((o) => o.form === "AS" || o.form === "SA");
  const numbers = orgNumbers(98000000, kindergartens + 3);
  const units = numbers.slice(0, kindergartens).map((orgnr, i) => {
    const isPrivate = i % 3 === 1;
    const municipality = municipalities[i % municipalities.length];
    const owner = isPrivate ? privates[i % privates.length] : municipality;
    const place = PLACES[Math.floor(i / municipalities.length) % PLACES.length];
    return {
      Orgnr: orgnr, Navn: `${place} ${isPrivate ? "naturbarnehage" : "barnehage"} (${municipality.name.replace(" kommune", "")})`,
      ErAktiv: true, ErBarnehage: true, ErOffentligBarnehage: !isPrivate, ErPrivatBarnehage: isPrivate, AntallBarn: 12 + ((i * 29) % 110),
      Kommune: { Navn: municipality.name.replace(" kommune", ""), Kommunenummer: municipality.kommunenummer }, Fylke: { Navn: "Eksempel" },
      ForeldreRelasjoner: [{ Relasjonstype: { Id: "1", Navn: "Eierforhold" }, Enhet: { Orgnr: owner.orgnr, Navn: owner.name } }],
    };
  });
  // Not imported: a closed kindergarten, and one with a broken organisasjonsnummer (rejected).
  units.push({ ...units[0], Orgnr: numbers[kindergartens], Navn: "Nedlagt barnehage (Eksempelvik)", ErAktiv: false });
  units.push({ ...units[1], Orgnr: "123456789", Navn: "Feilnummer barnehage (Testfjord)" });
  return { Enheter: units, AntallSider: 1 };
}

export function sampleEnhetsregisteret() {
  return sampleOwners().map((o) => ({
    organisasjonsnummer: o.orgnr, navn: o.name.toUpperCase(),
    organisasjonsform: { kode: o.form, beskrivelse: o.form === "KOMM" ? "Kommune" : o.form === "FYLK" ? "Fylkeskommune" : "Aksjeselskap" },
    forretningsadresse: { adresse: ["Rådhusgata 1"], postnummer: "9999", poststed: "EKSEMPEL", kommunenummer: o.kommunenummer, kommune: "EKSEMPEL", land: "Norge" },
  }));
}

export function sampleEnhetsregisteretCsv() {
  const rows = sampleEnhetsregisteret();
  const header = ["organisasjonsnummer", "navn", "organisasjonsform.kode", "organisasjonsform.beskrivelse", "forretningsadresse.kommunenummer", "forretningsadresse.poststed"];
  const q = (v: string) => (/[;"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [header.join(";"), ...rows.map((r) => [r.organisasjonsnummer, r.navn, r.organisasjonsform.kode, r.organisasjonsform.beskrivelse, r.forretningsadresse.kommunenummer, r.forretningsadresse.poststed].map(q).join(";"))].join("\n") + "\n";
}
