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

describe("changing the password", () => {
  it("two empty fields say 'required', not 'the same as the current one'; the same password is refused", async () => {
    const { changePasswordSchema } = await import("./schemas");
    const empty = changePasswordSchema.safeParse({ currentPassword: "", newPassword: "" });
    expect(empty.error?.issues.map((i) => i.message)).not.toContain("validation.passwordSame");
    const same = changePasswordSchema.safeParse({
      currentPassword: "длинный пароль 1",
      newPassword: "длинный пароль 1",
    });
    expect(same.error?.issues.map((i) => i.message)).toEqual(["validation.passwordSame"]);
  });
});
