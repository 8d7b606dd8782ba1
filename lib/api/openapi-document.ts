import { createTranslator } from "next-intl";
import { z } from "zod";
import { catalogFor } from "@/lib/i18n/catalogs";
import { apiErrors } from "./api-errors";
import { endpointParameters, apiEndpoints } from "./endpoints";
import { apiExamples } from "./examples";
import { maxApiListDepth } from "./request-schemas";
import { apiSchemas } from "./response-schemas";

// The OpenAPI 3.1 document of /api/v1, built from the zod schemas that validate the requests and describe
// the answers, with the English catalog's texts. Served at /api/v1/openapi.json.

/** JSON Schema of one value, without the keys OpenAPI gives itself ($schema, $id). */
export function jsonSchema(schema: z.ZodType, io: "input" | "output"): Record<string, unknown> {
  const {
    $schema: _schema,
    $id: _id,
    ...rest
  } = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io,
    unrepresentable: "any",
  }) as Record<string, unknown>;
  return rest;
}

function componentSchemas(): Record<string, unknown> {
  const { schemas } = z.toJSONSchema(apiSchemas, {
    target: "draft-2020-12",
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, Record<string, unknown>> };
  return Object.fromEntries(
    Object.entries(schemas).map(([id, { $schema: _schema, $id: _id, ...schema }]) => [id, schema]),
  );
}

const errorResponse = (description: string, example: unknown) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" }, example } },
});

export function openApiDocument(serverUrl: string, requestsPerMinute: number) {
  const t = createTranslator({ locale: "en", messages: catalogFor("en"), namespace: "api" });
  const id = (schema: z.ZodType) => apiSchemas.get(schema)?.id;
  const paths = Object.fromEntries(
    apiEndpoints.map((endpoint) => [
      endpoint.path,
      {
        get: {
          operationId: endpoint.id,
          summary: t(`endpoints.${endpoint.id}.summary` as never),
          description: t(`endpoints.${endpoint.id}.description` as never),
          parameters: endpointParameters(endpoint).map((parameter) => ({
            name: parameter.name,
            in: parameter.in,
            required: parameter.in === "path",
            description: t(`parameters.${endpoint.id}.${parameter.name}` as never),
            schema: jsonSchema(parameter.schema, "input"),
          })),
          responses: {
            "200": {
              description: t("document.ok"),
              headers: {
                ETag: { $ref: "#/components/headers/ETag" },
                "RateLimit-Limit": { $ref: "#/components/headers/RateLimit-Limit" },
                "RateLimit-Remaining": { $ref: "#/components/headers/RateLimit-Remaining" },
                "RateLimit-Reset": { $ref: "#/components/headers/RateLimit-Reset" },
              },
              content: {
                "application/json": {
                  schema: { $ref: `#/components/schemas/${id(endpoint.response)}` },
                  example: apiExamples[endpoint.example],
                },
              },
            },
            "304": { description: t("document.notModified") },
            ...(endpoint.errors.includes("invalid") && {
              "400": errorResponse(t("errors.invalid"), apiExamples.Error),
            }),
            ...(endpoint.errors.includes("not_found") && {
              "404": errorResponse(t("errors.not_found"), {
                error: { code: "not_found", message: apiErrors.not_found.message },
              }),
            }),
            "429": errorResponse(t("errors.rate_limited"), {
              error: { code: "rate_limited", message: apiErrors.rate_limited.message },
            }),
          },
        },
      },
    ]),
  );
  return {
    openapi: "3.1.0",
    info: {
      title: t("document.title"),
      version: "1.0.0",
      description: [
        t("intro"),
        t("pagingText", { depth: maxApiListDepth }),
        t("cachingText"),
        t("limitsText", { limit: requestsPerMinute }),
        t("contactsText"),
      ].join("\n\n"),
    },
    servers: [{ url: serverUrl }],
    paths,
    components: {
      schemas: componentSchemas(),
      headers: {
        ETag: { description: t("document.etag"), schema: { type: "string" } },
        "RateLimit-Limit": { description: t("document.rateLimitLimit"), schema: { type: "integer" } },
        "RateLimit-Remaining": { description: t("document.rateLimitRemaining"), schema: { type: "integer" } },
        "RateLimit-Reset": { description: t("document.rateLimitReset"), schema: { type: "integer" } },
      },
    },
  };
}
