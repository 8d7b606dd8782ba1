"use client";

import { useEffect } from "react";

/** Tells the portal once per browser tab that this vacancy was read (the page is cached, so the server cannot count). */
export function ViewBeacon({ vacancyId }: { vacancyId: string }) {
  useEffect(() => {
    const key = `viewed:${vacancyId}`;
    try {
      if (sessionStorage.getItem(key)) return;
      sessionStorage.setItem(key, "1");
    } catch {
      // Storage may be off (private mode): the server's own limit still counts one view per reader.
    }
    const url = `/api/vacancies/${vacancyId}/views`;
    if (!navigator.sendBeacon?.(url)) void fetch(url, { method: "POST", keepalive: true }).catch(() => undefined);
  }, [vacancyId]);
  return null;
}
