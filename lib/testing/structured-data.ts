// An independent check of the structured data in a page: @marbec/web-auto-extractor reads the JSON-LD out of the
// HTML with its own parser, @adobe/structured-data-validator applies Google's rich-result rules (required and
// recommended JobPosting fields). Both run offline. See docs/decisions/0017.
import Validator, { type Issue } from "@adobe/structured-data-validator";
import WebAutoExtractor, { type Extracted } from "@marbec/web-auto-extractor";

export type { Issue };

export function extractStructuredData(html: string): Extracted {
  return new WebAutoExtractor({ addLocation: true, embedSource: ["rdfa", "microdata"] }).parse(html);
}

export async function validateStructuredData(html: string): Promise<{ data: Extracted; issues: Issue[] }> {
  const data = extractStructuredData(html);
  // The validator deletes the location markers it reads: give it its own copy.
  const issues = await new Validator().validate(structuredClone(data));
  return { data, issues };
}

/** "ERROR Required attribute "title" is missing", for readable assertions. */
export const describeIssues = (issues: Issue[]) => issues.map((issue) => `${issue.severity} ${issue.issueMessage}`);
