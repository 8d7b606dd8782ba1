import { describe, expect, it } from "vitest";
import { pageMetadata } from "./page-metadata";

const input = {
  origin: "https://jobs.example.kg/",
  locale: "ky",
  path: "/vacancies",
  search: "?q=%D0%BF%D0%BE%D0%B2%D0%B0%D1%80&country=KZ",
  title: "повар — вакансиялар",
  description: "Описание",
  siteName: "Жумуш KG–KZ",
  image: "https://jobs.example.kg/icons/icon-512.png",
};

describe("pageMetadata", () => {
  it("points canonical and hreflang at the same page in each language, x-default at the unprefixed one", () => {
    const { alternates } = pageMetadata(input);
    expect(alternates).toEqual({
      canonical: `https://jobs.example.kg/ky/vacancies${input.search}`,
      languages: {
        ru: `https://jobs.example.kg/ru/vacancies${input.search}`,
        ky: `https://jobs.example.kg/ky/vacancies${input.search}`,
        kk: `https://jobs.example.kg/kk/vacancies${input.search}`,
        en: `https://jobs.example.kg/en/vacancies${input.search}`,
        "x-default": `https://jobs.example.kg/vacancies${input.search}`,
      },
    });
  });

  it("gives the home page's x-default as the site root", () => {
    const { alternates } = pageMetadata({ ...input, path: "", search: "" });
    expect(alternates?.languages).toMatchObject({
      ru: "https://jobs.example.kg/ru",
      "x-default": "https://jobs.example.kg/",
    });
  });

  it("has OpenGraph and Twitter card tags for link previews", () => {
    const metadata = pageMetadata({ ...input, type: "article" });
    expect(metadata.openGraph).toMatchObject({
      type: "article",
      url: `https://jobs.example.kg/ky/vacancies${input.search}`,
      title: input.title,
      description: "Описание",
      siteName: "Жумуш KG–KZ",
      locale: "ky_KG",
      alternateLocale: ["ru_RU", "kk_KZ", "en_US"],
      images: [{ url: input.image }],
    });
    expect(metadata.twitter).toMatchObject({ card: "summary", title: input.title, images: [input.image] });
  });

  it("leaves the title to the layout's template unless it is absolute", () => {
    expect(pageMetadata(input).title).toBe(input.title);
    expect(pageMetadata({ ...input, absoluteTitle: true }).title).toEqual({ absolute: input.title });
  });
});
