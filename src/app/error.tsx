"use client";
// Shown when a page fails on the server (for example when the database cannot be reached). The details
// go to the server log in English; the user gets a plain Norwegian message and a way on.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="space-y-3" role="alert">
      <h1 className="ds-heading" data-size="lg">Noe gikk galt</h1>
      <p className="ds-paragraph">
        Portalen fikk ikke hentet det du ba om. Ingenting du har lagret er tapt. Prøv igjen om litt; hvis feilen
        vedvarer, kontakt brukerstøtte hos Statsforvalteren.
      </p>
      <button type="button" className="ds-button" data-variant="primary" onClick={reset}>Prøv igjen</button>
    </div>
  );
}
