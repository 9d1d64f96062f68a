import Link from "next/link";

export default function NotFound() {
  return (
    <div className="space-y-3">
      <h1 className="ds-heading" data-size="lg">Fant ikke siden</h1>
      <p className="ds-paragraph">Siden finnes ikke, eller du har ikke tilgang til den.</p>
      <p><Link className="ds-link" href="/">Gå til forsiden</Link></p>
    </div>
  );
}
