// GET /api/v1/openapi.json – the OpenAPI 3.1 document of the public API, built from its zod schemas
import { apiRateLimit } from "@/lib/api/api-limits";
import { openApiDocument } from "@/lib/api/openapi-document";
import { apiPreflight, apiResponse } from "@/lib/api/respond";
import { absoluteUrl } from "@/lib/server/urls";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return apiResponse(request, async () => openApiDocument(absoluteUrl("/api/v1"), apiRateLimit().limit), {
    maxAgeSeconds: 3600,
  });
}

export const OPTIONS = apiPreflight;
