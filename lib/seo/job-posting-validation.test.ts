// The JobPosting as a page carries it, checked by an independent validator (Google's rich-result rules, see
// lib/testing/structured-data.ts) — and proof that the validator rejects broken structured data.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { JsonLd } from "@/components/seo/json-ld";
import { sampleContext, sampleVacancy } from "@/lib/testing/job-posting-sample";
import { describeIssues, validateStructuredData } from "@/lib/testing/structured-data";
import { jobPostingJsonLd } from "./job-posting";

const page = (script: string) => `<!DOCTYPE html><html><head><title>t</title></head><body>${script}</body></html>`;
const rendered = (data: object) => page(renderToStaticMarkup(createElement(JsonLd, { data })));
const rawScript = (json: string) => page(`<script type="application/ld+json">${json}</script>`);

// Google recommends jobLocationType only for remote work (TELECOMMUTE); these jobs are on site.
const notApplicable = ['WARNING Missing field "jobLocationType" (optional)'];

describe("JobPosting JSON-LD in the page, by an independent validator", () => {
  it("has every required and recommended field for a vacancy open to both republics", async () => {
    const { data, issues } = await validateStructuredData(rendered(jobPostingJsonLd(sampleVacancy(), sampleContext)));
    expect(Object.keys(data.jsonld)).toEqual(["JobPosting"]);
    expect(describeIssues(issues)).toEqual(notApplicable);
  });

  it("has no errors for a piece-rate job of one country's citizens (no pay unit, no applicant location)", async () => {
    const vacancy = sampleVacancy({ salaryPeriod: "PIECE", openToOtherCountry: false, address: null });
    const { issues } = await validateStructuredData(rendered(jobPostingJsonLd(vacancy, sampleContext)));
    expect(issues.filter((issue) => issue.severity === "ERROR")).toEqual([]);
  });

  it("keeps an employer's </script> inside the JSON: one element, the text intact", async () => {
    const title = 'Повар </script><script>alert("x")</script> <!-- & -->';
    const html = rendered(jobPostingJsonLd(sampleVacancy({ title }), sampleContext));
    expect(html).not.toContain("</script><script>");
    expect(html.match(/<script/g)).toHaveLength(1);
    const { data, issues } = await validateStructuredData(html);
    expect(data.jsonld.JobPosting?.[0]?.title).toBe(title);
    expect(describeIssues(issues)).toEqual(notApplicable);
  });

  it("rejects a JobPosting without its required fields", async () => {
    const {
      title: _t,
      hiringOrganization: _h,
      jobLocation: _l,
      applicantLocationRequirements: _a,
      ...rest
    } = jobPostingJsonLd(sampleVacancy(), sampleContext);
    const { issues } = await validateStructuredData(rendered({ ...rest, datePosted: "yesterday" }));
    expect(describeIssues(issues)).toEqual(
      expect.arrayContaining([
        'ERROR Required attribute "title" is missing',
        'ERROR Invalid type for attribute "datePosted"',
        'ERROR Required attribute "hiringOrganization" is missing',
        'ERROR Required attribute "jobLocation" is missing',
      ]),
    );
  });

  it("rejects a job location without a country and warns about missing recommended fields", async () => {
    const posting = jobPostingJsonLd(sampleVacancy(), sampleContext);
    const broken = { ...posting, jobLocation: { "@type": "Place", address: { "@type": "PostalAddress" } } };
    delete (broken as Record<string, unknown>).baseSalary;
    const { issues } = await validateStructuredData(rendered(broken));
    expect(describeIssues(issues)).toEqual(
      expect.arrayContaining([
        'ERROR Required attribute "jobLocation.address.addressCountry" is missing',
        'WARNING Missing field "baseSalary" (optional)',
      ]),
    );
  });

  it("rejects JSON-LD that an unescaped </script> cut short (what serializeJsonLd prevents)", async () => {
    const posting = jobPostingJsonLd(sampleVacancy({ title: "Повар </script> ночью" }), sampleContext);
    const { issues } = await validateStructuredData(rawScript(JSON.stringify(posting)));
    expect(describeIssues(issues)).toContain("ERROR Could not parse JSON-LD");
  });
});
