"use client";
import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button type="button" className="ds-button" data-variant="secondary" data-size="sm" onClick={() => signOut({ callbackUrl: "/" })}>
      Logg ut
    </button>
  );
}
