import { conclusionText } from "@/lib/messages/evaluations";

/** The forum's yearly conclusion on the evaluations, as read on the dashboard and the county's page. */
export function ForumConclusion({ year, conclusion, headingLevel = 2, scheme }: {
  year: number; conclusion: { adjustStrategy: boolean; reasoning: string } | null | undefined; headingLevel?: 2 | 3;
  /** The scheme's code, named in the heading where the county runs more than one scheme. */
  scheme?: string;
}) {
  const Heading = `h${headingLevel}` as "h2" | "h3";
  return (
    <div className="space-y-2">
      <Heading className="ds-heading" data-size={headingLevel === 2 ? "md" : "sm"}>{conclusionText.heading(year, scheme)}</Heading>
      {conclusion ? (
        <>
          <p className="ds-paragraph"><strong>{conclusionText.decision(conclusion.adjustStrategy)}</strong></p>
          <p className="ds-paragraph">{conclusion.reasoning}</p>
        </>
      ) : (
        <p className="ds-paragraph">{conclusionText.none(year)}</p>
      )}
    </div>
  );
}
