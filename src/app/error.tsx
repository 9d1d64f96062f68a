"use client";
// Shown when a page fails on the server (for example when the database cannot be reached). The details
// go to the server log in English; the user gets a plain Norwegian message and a retry.
import { Unavailable } from "@/components/unavailable";

export default function ErrorPage() {
  return <Unavailable />;
}
