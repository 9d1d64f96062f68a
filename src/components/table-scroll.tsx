/** Lets a wide table scroll sideways on a phone; focusable so keyboard users can scroll it too (WCAG 2.1.1). */
export function TableScroll({ label, children, className = "" }: { label: string; children: React.ReactNode; className?: string }) {
  return (
    <div className={`overflow-x-auto ${className}`} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
