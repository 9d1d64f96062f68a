"use client";
import { ProviderButtons } from "@/components/provider-buttons";
import { startLinkingAction } from "@/server/access/actions";

/** Adds one more login (each button's label comes from the page, in the reader's language) to the signed-in user: the next sign-in at the chosen provider is linked to her. */
export function LinkButtons({ providers }: { providers: { id: string; name: string; label: string }[] }) {
  return <ProviderButtons providers={providers} label={(name) => providers.find((p) => p.name === name)?.label ?? name} callbackUrl="/min-side/profil" prepare={startLinkingAction} variant="secondary" />;
}
