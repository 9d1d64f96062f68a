// The last-resort page (the root layout itself failed) says the same in bokmål and nynorsk, each marked with its lang.
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import GlobalError from "./global-error";

describe("the last-resort error page", () => {
  it("is in bokmål and nynorsk, with one retry", () => {
    const html = renderToStaticMarkup(createElement(GlobalError));
    expect(html).toMatch(/^<html lang="nb"/);
    expect(html).toContain("<title>Tjenesten er midlertidig utilgjengelig / Tenesta er mellombels utilgjengeleg</title>");
    expect(html).toContain(">Tjenesten er midlertidig utilgjengelig</h1>");
    expect(html).toMatch(/<div lang="nn"[^>]*><h2[^>]*>Tenesta er mellombels utilgjengeleg<\/h2><p[^>]*>Portalen fekk ikkje henta det du bad om\./);
    expect(html.match(/<button/g)).toHaveLength(1);
  });
});
