"use client";
export function PrintButton() {
  return <button type="button" className="ds-button" data-variant="secondary" onClick={() => window.print()}>Skriv ut eller lagre som PDF</button>;
}
