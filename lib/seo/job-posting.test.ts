import { describe, expect, it } from "vitest";
import { sampleContext, sampleNames, sampleVacancy } from "@/lib/testing/job-posting-sample";
import { jobPostingBaseSalary, jobPostingEmploymentType, jobPostingJsonLd, type JobPostingSource } from "./job-posting";

describe("jobPostingJsonLd", () => {
  it("describes the vacancy with Google's required and recommended fields", () => {
    const posting = jobPostingJsonLd(sampleVacancy(), sampleContext);
    expect(posting).toMatchObject({
      "@context": "https://schema.org",
      "@type": "JobPosting",
      title: "Повар горячего цеха",
      datePosted: "2026-11-20T08:00:00.000Z",
      validThrough: "2027-01-19T00:00:00.000Z",
      employmentType: "FULL_TIME",
      directApply: true,
      url: sampleContext.pageUrl,
      identifier: { "@type": "PropertyValue", name: "Работа КР–РК", value: "cmvacancy0000000000000001" },
      hiringOrganization: { "@type": "Organization", name: "ТОО «Дастархан»", sameAs: sampleContext.employerUrl },
      jobLocation: {
        "@type": "Place",
        address: {
          "@type": "PostalAddress",
          streetAddress: "ул. Абая, 10",
          addressLocality: "Алматы",
          addressRegion: "Алматы",
          addressCountry: "KZ",
        },
      },
      baseSalary: {
        "@type": "MonetaryAmount",
        currency: "KZT",
        value: { "@type": "QuantitativeValue", minValue: 250_000, maxValue: 350_000, unitText: "MONTH" },
      },
      industry: "Услуги",
      occupationalCategory: { "@type": "CategoryCode", codeValue: "5120", name: "Повара" },
      totalJobOpenings: 3,
      experienceRequirements: { "@type": "OccupationalExperienceRequirements", monthsOfExperience: 12 },
      educationRequirements: { credentialCategory: "professional certificate" },
    });
  });

  it("gives the description as escaped HTML paragraphs", () => {
    const posting = jobPostingJsonLd(
      sampleVacancy({ description: "Оплата <b>каждую</b> неделю & премии.\nБез опыта.\n\nЗвоните." }),
      sampleContext,
    );
    expect(posting.description).toBe(
      "<p>Оплата &lt;b&gt;каждую&lt;/b&gt; неделю &amp; премии.<br>Без опыта.</p><p>Звоните.</p>",
    );
  });

  it("names both republics as where applicants may live only when the other one's citizens may apply", () => {
    const open = jobPostingJsonLd(sampleVacancy({ countryCode: "KG", openToOtherCountry: true }), sampleContext);
    expect(open.applicantLocationRequirements).toEqual([
      { "@type": "Country", name: "KG" },
      { "@type": "Country", name: "KZ" },
    ]);
    const closed = jobPostingJsonLd(sampleVacancy({ openToOtherCountry: false }), sampleContext);
    expect(closed).not.toHaveProperty("applicantLocationRequirements");
  });

  it("uses the town as locality and the region as region for a place in a region", () => {
    const posting = jobPostingJsonLd(
      sampleVacancy({
        countryCode: "KG",
        region: { ...sampleNames("Чуйская область", "Chuy Region"), kind: "REGION" },
        city: sampleNames("Токмок", "Tokmok"),
        address: null,
      }),
      { ...sampleContext, locale: "en" },
    );
    expect(posting.jobLocation).toEqual({
      "@type": "Place",
      address: {
        "@type": "PostalAddress",
        addressLocality: "Tokmok",
        addressRegion: "Chuy Region",
        addressCountry: "KG",
      },
    });
  });

  it("states no requirements for work without experience or education", () => {
    const posting = jobPostingJsonLd(sampleVacancy({ experience: "NONE", education: "NONE" }), sampleContext);
    expect(posting.experienceRequirements).toBe("no requirements");
    expect(posting.educationRequirements).toBe("no requirements");
    const upToOne = JSON.parse(
      JSON.stringify(jobPostingJsonLd(sampleVacancy({ experience: "UP_TO_ONE" }), sampleContext)),
    );
    expect(upToOne).not.toHaveProperty("experienceRequirements");
  });

  it("falls back to the creation date when a published vacancy has no publication date", () => {
    const posting = jobPostingJsonLd(sampleVacancy({ publishedAt: null }), sampleContext);
    expect(posting.datePosted).toBe("2026-11-19T08:00:00.000Z");
  });
});

describe("jobPostingEmploymentType", () => {
  it.each([
    ["FULL_TIME", "EMPLOYMENT_PERMANENT", "FULL_TIME"],
    ["PART_TIME", "EMPLOYMENT_PERMANENT", "PART_TIME"],
    ["SEASONAL", "SEASONAL", "TEMPORARY"],
    ["TEMPORARY", "EMPLOYMENT_FIXED_TERM", "TEMPORARY"],
    ["ROTATIONAL", "EMPLOYMENT_PERMANENT", "FULL_TIME"],
    ["FULL_TIME", "EMPLOYMENT_FIXED_TERM", ["FULL_TIME", "TEMPORARY"]],
    ["PART_TIME", "CIVIL_LAW", ["PART_TIME", "CONTRACTOR"]],
  ] as const)("%s on a %s contract is %j", (employment, contract, expected) => {
    expect(jobPostingEmploymentType(employment, contract)).toEqual(expected);
  });
});

describe("jobPostingBaseSalary", () => {
  const pay = (overrides: Partial<JobPostingSource>) => jobPostingBaseSalary({ ...sampleVacancy(), ...overrides });

  it.each([
    ["MONTH", "MONTH"],
    ["DAY", "DAY"],
    ["HOUR", "HOUR"],
    ["SHIFT", "DAY"],
  ] as const)("pay per %s is given per %s", (period, unit) => {
    expect(pay({ salaryPeriod: period })?.value).toMatchObject({ unitText: unit });
  });

  it("leaves piece rates out: they have no unit of time", () => {
    expect(pay({ salaryPeriod: "PIECE", salaryMin: 3.5, salaryMax: null })).toBeUndefined();
  });

  it("gives one amount as a value, an open range as one bound, and nothing when no amount is stated", () => {
    expect(pay({ salaryMin: 300_000, salaryMax: 300_000 })?.value).toEqual({
      "@type": "QuantitativeValue",
      value: 300_000,
      unitText: "MONTH",
    });
    expect(pay({ salaryMin: 300_000, salaryMax: null })?.value).toEqual({
      "@type": "QuantitativeValue",
      minValue: 300_000,
      unitText: "MONTH",
    });
    expect(pay({ salaryMin: null, salaryMax: 400_000 })?.value).toMatchObject({ maxValue: 400_000 });
    expect(pay({ salaryMin: null, salaryMax: null })).toBeUndefined();
  });

  it("reads database decimals", () => {
    const decimal = (n: number) => ({ toNumber: () => n });
    expect(pay({ salaryMin: decimal(25_000), salaryMax: decimal(30_000), salaryCurrency: "KGS" })).toMatchObject({
      currency: "KGS",
      value: { minValue: 25_000, maxValue: 30_000 },
    });
  });
});
