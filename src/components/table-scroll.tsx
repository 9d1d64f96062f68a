/**
 * Lets a wide table scroll sideways inside its own box on a phone or at 400 % zoom, so the page itself never
 * does (WCAG 1.4.10). Focusable, so keyboard users can scroll it too (WCAG 2.1.1). A named group, not a
 * landmark: a page may have many such tables (several rounds, one per region) without repeating landmarks.
 * `relative` keeps visually hidden text in the table inside the box.
 */
export function TableScroll({ label, children, className = "" }: { label: string; children: React.ReactNode; className?: string }) {
  return (
    <div className={`relative max-w-full overflow-x-auto ${className}`} role="group" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
