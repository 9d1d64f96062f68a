// How much interface text is still written inline (not yet in the nb/nn catalogues): files and texts, and
// the number of catalogue keys. `tsx scripts/inline-text.ts --list` prints the files for
// src/i18n/not-yet-in-catalogue.ts.
import { inlineTextBySource } from "../src/i18n/inline-text";
import nb from "../src/i18n/messages/nb.json";

type Tree = { [key: string]: string | Tree };
const count = (t: Tree): number => Object.values(t).reduce<number>((n, v) => n + (typeof v === "string" ? 1 : count(v)), 0);
const found = inlineTextBySource();
if (process.argv.includes("--list")) {
  for (const f of [...found.keys()].sort()) console.log(`  ${JSON.stringify(f)},`);
} else {
  const texts = [...found.values()].reduce((n, t) => n + t.length, 0);
  console.log(JSON.stringify({ catalogueKeys: count(nb as Tree), filesWithInlineText: found.size, inlineTexts: texts }));
}
