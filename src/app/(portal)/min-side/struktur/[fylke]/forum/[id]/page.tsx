import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { requirePageUser } from "@/server/auth/session";
import { getForumForSetup, getSchemeChoice } from "@/server/structure/queries";
import { SchemesForm } from "@/components/schemes-form";
import { setForumSchemesAction } from "@/server/structure/actions";
import { schemeLongName, schemeText } from "@/lib/messages/schemes";
import { msg } from "@/i18n/server-text";
import { AddMemberForm, MemberList } from "../../_components/forum-forms";
import { Committees, EditMemberForm, ForumRulesForm } from "../../_components/forum-settings";

export async function generateMetadata(): Promise<Metadata> {
  return { title: msg("setup.forum.title") };
}

type Props = { params: Promise<{ fylke: string; id: string }> };

export default async function ForumSetupPage({ params }: Props) {
  const { fylke, id } = await params;
  const user = await requirePageUser(`/min-side/struktur/${fylke}/forum/${id}`);
  const found = await getForumForSetup(user, fylke, id);
  if (!found) notFound();
  const { forum, county, users } = found;
  const [schemes, tl] = await Promise.all([getSchemeChoice(county.id, forum.id).then((all) => all.filter((s) => s.run)), getTranslations("forumLanguage")]);
  const rules = forum.voteUnit === "MUNICIPALITY"
    ? msg("setup.forum.rulesMunicipality")
    : msg("setup.forum.rulesMember");
  return (
    <div className="space-y-8">
      <Breadcrumbs trail={[{ href: "/min-side", label: msg("common.mySide") }, { href: `/min-side/struktur/${county.slug}`, label: msg("setup.title") }]} current={forum.name} />
      <div>
        <h1 className="ds-heading" data-size="lg">{forum.name}</h1>
        <p className="ds-paragraph mt-2">
          {rules}{forum.leaderBreaksTie ? msg("setup.forum.tie") : ""}{forum.requiresConsensusFailure ? msg("setup.forum.consensus") : ""}
          {forum.quorum ? msg("setup.forum.quorum", { quorum: forum.quorum }) : ""}
          {msg("setup.forum.notRetroactive")}
        </p>
      </div>
      <section aria-labelledby="medlemmer" className="space-y-3">
        <h2 id="medlemmer" className="ds-heading" data-size="md">{msg("setup.forum.members", { count: forum.members.length })}</h2>
        <MemberList countySlug={county.slug} forumId={forum.id} members={forum.members.map((m) => ({
          id: m.id, name: m.name,
          text: msg("setup.forum.memberLine", {
            name: m.name, organisation: m.organisation, title: m.title || "none", kind: msg(`structureLabels.memberKind.${m.kind}`), municipality: m.schoolOwner?.name ?? "none",
            position: msg(`structureLabels.position.${m.position}`).toLowerCase(), vote: m.holdsVote ? "yes" : "no", user: m.user?.name ?? "none",
          }),
        }))} editors={Object.fromEntries(forum.members.map((m) => [m.id, (
          <EditMemberForm forumId={forum.id} countySlug={county.slug} users={users} memberVotes={forum.voteUnit === "MEMBER"}
            member={{ id: m.id, name: m.name, position: m.position, userId: m.userId, holdsVote: m.holdsVote }} />
        )]))} />
      </section>
      <section aria-labelledby="regler" className="space-y-3">
        <h2 id="regler" className="ds-heading" data-size="md">{msg("setup.forum.rulesHeading")}</h2>
        <ForumRulesForm forumId={forum.id} countySlug={county.slug} rules={{ voteUnit: forum.voteUnit, leaderBreaksTie: forum.leaderBreaksTie, requiresConsensusFailure: forum.requiresConsensusFailure, governorHasFinalSay: forum.governorHasFinalSay, quorum: forum.quorum, language: forum.language, version: forum.version }}
          languageText={{ label: tl("label"), description: tl("description"), options: [["nb", tl("nb")], ["nn", tl("nn")]] }} />
      </section>
      <SchemesForm title={schemeText.forumSchemesTitle} action={setForumSchemesAction} hidden={{ forumId: forum.id, countySlug: county.slug, version: forum.version }}
        help={schemeText.forumSchemesHelp} text={{ tick: schemeText.tick, save: schemeText.save }}
        options={schemes.map((s) => ({ id: s.id, label: schemeLongName(s.code), checked: s.served }))} />
      <section aria-labelledby="utvalg" className="space-y-3">
        <h2 id="utvalg" className="ds-heading" data-size="md">{msg("setup.forum.committeesHeading")}</h2>
        <Committees forumId={forum.id} countySlug={county.slug} forumMembers={forum.members.map((m) => ({ id: m.id, name: m.name }))}
          committees={forum.committees.map((c) => ({ id: c.id, kind: c.kind, mandate: c.mandate, members: c.members.map((x) => ({ id: x.id, name: x.name, function: x.function })) }))} />
      </section>
      <section aria-labelledby="nytt-medlem" className="space-y-3">
        <h2 id="nytt-medlem" className="ds-heading" data-size="md">{msg("setup.forum.addMember")}</h2>
        <AddMemberForm forumId={forum.id} countySlug={county.slug} municipalities={forum.region?.owners ?? []} memberVotes={forum.voteUnit === "MEMBER"} />
      </section>
    </div>
  );
}
