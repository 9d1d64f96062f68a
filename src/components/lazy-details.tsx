"use client";
import { useState } from "react";

/**
 * A <details> whose content is rendered the first time it is opened, and kept from then on (what was typed
 * stays). For large forms repeated down a page (a tiltak's form lists every school of the region): the page's
 * HTML then holds one summary per form, not every form.
 */
export function LazyDetails({ summary, children }: { summary: React.ReactNode; children: React.ReactNode }) {
  const [opened, setOpened] = useState(false);
  return (
    <details onToggle={(e) => { if (e.currentTarget.open) setOpened(true); }}>
      <summary className="ds-link cursor-pointer">{summary}</summary>
      {opened && <div className="mt-3">{children}</div>}
    </details>
  );
}
