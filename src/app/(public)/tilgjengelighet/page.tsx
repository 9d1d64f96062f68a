import type { Metadata } from "next";
import { env } from "@/server/env";

export const metadata: Metadata = { title: "Tilgjengelighetserklæring" };

/** When the portal was last checked against WCAG 2.1 AA, and by what (change both with each check). */
const LAST_CHECKED = "24. november 2026";

// Written after Digdir's template for the accessibility statement (uustatus.no): the legal basis, what does
// not yet meet the requirements, how the portal is tested, how to report a problem, and where to complain.
export default function AccessibilityStatement() {
  const support = env().DEKOM_SUPPORT_EMAIL;
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="ds-heading" data-size="lg">Tilgjengelighetserklæring for DEKOM-portalen</h1>
      <p className="ds-paragraph">
        Offentlige virksomheter skal oppfylle kravene i WCAG 2.1 på nivå A og AA (forskrift om universell utforming av
        informasjons- og kommunikasjonsteknologiske (IKT)-løsninger). Statsforvalteren i hvert fylke som bruker portalen,
        publiserer sin erklæring på <a className="ds-link" href="https://uustatus.no/">uustatus.no</a>; denne siden beskriver
        portalen slik den er nå.
      </p>
      <p className="ds-paragraph">Sist kontrollert: {LAST_CHECKED}.</p>

      <h2 className="ds-heading" data-size="sm">Status: delvis i samsvar med kravene</h2>
      <p className="ds-paragraph">Vi kjenner til disse bruddene og manglene, og retter dem:</p>
      <ul className="prose-list">
        <li>Dokumenter som lastes opp av brukerne (PDF og lignende), kontrolleres ikke for tilgjengelighet.</li>
      </ul>

      <h2 className="ds-heading" data-size="sm">Slik tester vi</h2>
      <ul className="prose-list">
        <li>Hver side testene besøker, kontrolleres automatisk med axe-core mot WCAG 2.1 A og AA og axes anbefalte praksis, i hver testkjøring.</li>
        <li>Testene sjekker også at sidene ikke må rulles sidelengs i 320 piksler bredde (tilsvarer 400 % forstørrelse, WCAG 1.4.10), og at nettleseren ikke melder feil.</li>
        <li>Oppgavene er prøvd med tastatur alene: tilskudd og tildelinger, evaluering og avstemning. Vi prøver at fokus er synlig og flyttes til feilmeldinger og bekreftelser etter innsending.</li>
        <li>Automatiske tester finner bare en del av problemene. Vi har ikke fått portalen testet av brukere med skjermleser ennå.</li>
      </ul>

      <h2 className="ds-heading" data-size="sm">Meld fra om et problem</h2>
      <p className="ds-paragraph">
        Får du ikke brukt en del av portalen, eller finner du noe som ikke virker med ditt hjelpemiddel,{" "}
        {support ? (
          <>send e-post til <a className="ds-link" href={`mailto:${support}`}>{support}</a>.</>
        ) : (
          <>kontakt Statsforvalteren i fylket ditt.</>
        )}{" "}
        Skriv hvilken side det gjelder og hva som skjedde. Vi svarer så raskt vi kan.
      </p>

      <h2 className="ds-heading" data-size="sm">Klage</h2>
      <p className="ds-paragraph">
        Får du ikke svar, eller er du uenig i svaret, kan du melde fra til Tilsynet for universell utforming av IKT
        (Digitaliseringsdirektoratet) på <a className="ds-link" href="https://www.uutilsynet.no/">uutilsynet.no</a>.
      </p>
    </div>
  );
}
