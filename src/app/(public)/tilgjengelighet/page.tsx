import type { Metadata } from "next";

export const metadata: Metadata = { title: "Tilgjengelighetserklæring" };

export default function AccessibilityStatement() {
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="ds-heading" data-size="lg">Tilgjengelighetserklæring</h1>
      <p className="ds-paragraph">
        DEKOM-portalen skal kunne brukes av alle. Offentlige virksomheter skal oppfylle kravene i WCAG 2.1 på nivå A og AA
        (forskrift om universell utforming av IKT-løsninger). Den endelige erklæringen publiseres i uustatus.no av
        Statsforvalteren.
      </p>
      <h2 className="ds-heading" data-size="sm">Slik tester vi</h2>
      <ul className="prose-list">
        <li>Hver side i portalen kontrolleres automatisk med axe-core mot reglene for WCAG 2.1 A og AA i hver testkjøring.</li>
        <li>Alle funksjoner kan brukes med tastatur, og fokus er alltid synlig.</li>
        <li>Alle skjemafelt har ledetekst, og feilmeldinger knyttes til feltet de gjelder.</li>
      </ul>
      <p className="ds-paragraph">
        Automatiske tester fanger bare en del av kravene. Opplever du hindringer, si fra til Statsforvalteren i fylket ditt, så
        retter vi det.
      </p>
    </div>
  );
}
