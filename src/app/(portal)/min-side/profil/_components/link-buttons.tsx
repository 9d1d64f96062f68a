"use client";
import { ProviderButtons } from "@/components/provider-buttons";
import { startLinkingAction } from "@/server/access/actions";

/** Adds one more login to the signed-in user: the next sign-in at the chosen provider is linked to her. */
export function LinkButtons({ providers }: { providers: { id: string; name: string }[] }) {
  return <ProviderButtons providers={providers} label={(name) => `Koble til ${name}`} callbackUrl="/min-side/profil" prepare={startLinkingAction} variant="secondary" />;
}
