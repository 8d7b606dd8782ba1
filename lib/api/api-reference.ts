import { apiEndpoints, endpointParameters, type ApiEndpoint } from "./endpoints";
import { apiExamples } from "./examples";
import { jsonSchema } from "./openapi-document";

/** What a parameter accepts, in a form the reference page can put in words. */
export type ParameterValues =
  | { kind: "choice"; values: string[] }
  | { kind: "integer"; min?: number; max?: number }
  | { kind: "text"; pattern?: string; maxLength?: number };

export type ReferenceParameter = {
  name: string;
  in: "path" | "query";
  values: ParameterValues;
  defaultValue?: string;
};

export type ReferenceEndpoint = Pick<ApiEndpoint, "id" | "path" | "errors" | "maxAge" | "sample"> & {
  parameters: ReferenceParameter[];
  exampleAnswer: string;
};

function valuesOf(schema: Record<string, unknown>): ParameterValues {
  if (Array.isArray(schema.enum)) return { kind: "choice", values: schema.enum.map(String) };
  if (schema.type === "integer" || schema.type === "number")
    return { kind: "integer", min: schema.minimum as number | undefined, max: schema.maximum as number | undefined };
  return {
    kind: "text",
    pattern: schema.pattern as string | undefined,
    maxLength: schema.maxLength as number | undefined,
  };
}

/** The endpoints as the reference page shows them: drawn from the same table and schemas as the OpenAPI document. */
export function apiReference(): ReferenceEndpoint[] {
  return apiEndpoints.map((endpoint) => ({
    id: endpoint.id,
    path: endpoint.path,
    errors: endpoint.errors,
    maxAge: endpoint.maxAge,
    sample: endpoint.sample,
    parameters: endpointParameters(endpoint).map((parameter) => {
      const schema = jsonSchema(parameter.schema, "input");
      return {
        name: parameter.name,
        in: parameter.in,
        values: valuesOf(schema),
        defaultValue: schema.default === undefined ? undefined : String(schema.default),
      };
    }),
    exampleAnswer: JSON.stringify(apiExamples[endpoint.example], null, 2),
  }));
}
