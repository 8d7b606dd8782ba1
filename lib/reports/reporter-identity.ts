import "server-only";
import { createHmac } from "node:crypto";
import { networkOf } from "@/lib/server/client-address";
import { webEnv } from "@/lib/server/env";

/**
 * Who reported, without storing it: keyed hashes (HMAC with the server's secret) of the reporter's
 * address and of its network. Without the secret nobody can test which address made a report (a plain
 * hash of an IPv4 address is reversed by trying all 4 billion); with it, two reports from one address or
 * one network are still told apart from two independent people.
 */
export function reporterIdentity(ip: string): { reporterHash: string; networkHash: string } {
  const key = webEnv().AUTH_SECRET;
  const mac = (label: string, value: string) => createHmac("sha256", key).update(`${label}\n${value}`).digest("hex");
  return { reporterHash: mac("report-address", ip), networkHash: mac("report-network", networkOf(ip)) };
}
