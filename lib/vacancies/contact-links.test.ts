import { describe, expect, it } from "vitest";
import { contactLinks } from "./contact-links";

const none = { contactPhone: null, contactWhatsapp: null, contactTelegram: null, contactEmail: null };

describe("contactLinks", () => {
  it("turns what employers write into links a phone can open", () => {
    expect(
      contactLinks({
        contactPhone: "+996 (555) 12-34-56",
        contactWhatsapp: "+7 701 555 1234",
        contactTelegram: "@almaty_hr",
        contactEmail: "hr@example.kz",
      }).map((l) => l.href),
    ).toEqual(["tel:+996555123456", "https://wa.me/77015551234", "https://t.me/almaty_hr", "mailto:hr@example.kz"]);
  });

  it("accepts Telegram as a link or a phone number and drops what cannot be a contact", () => {
    expect(contactLinks({ ...none, contactTelegram: "https://t.me/jobs_kg" })[0]?.href).toBe("https://t.me/jobs_kg");
    expect(contactLinks({ ...none, contactTelegram: "+996 700 11 22 33" })[0]?.href).toBe("https://t.me/+996700112233");
    expect(contactLinks({ ...none, contactPhone: "12", contactEmail: "not an address" })).toEqual([]);
  });
});
