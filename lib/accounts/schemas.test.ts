import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/forms/field-errors";
import { registerEmployerSchema } from "./schemas";

describe("registerEmployerSchema", () => {
  it("names every empty field of an untouched form, the registry number included", () => {
    const empty = {
      name: "",
      email: "",
      password: "",
      countryCode: "",
      kind: "",
      legalName: "",
      registryNumber: "",
      contactPhone: "",
    };
    const result = registerEmployerSchema.safeParse(empty);
    expect(result.success).toBe(false);
    const errors = fieldErrorsOf(result.error!);
    expect(errors.registryNumber).toEqual(["validation.registryNumber.required"]);
    for (const field of ["name", "legalName", "countryCode", "kind"]) expect(errors[field]).toBeDefined();
  });
});
