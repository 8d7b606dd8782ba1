import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import type { PanelTone } from "@/components/ui/panel";
import type { RiskLevel } from "@/lib/generated/prisma/enums";

// How a risk level looks, decided once for the queue and the review screen.
const badgeTones = { HIGH: "warning", MEDIUM: "info", LOW: "neutral" } as const;
const panelTones: Record<RiskLevel, PanelTone> = { HIGH: "danger", MEDIUM: "warning", LOW: "plain" };

export const riskPanelTone = (level: RiskLevel): PanelTone => panelTones[level];

export function RiskBadge({ level, title, children }: { level: RiskLevel; title?: string; children: ReactNode }) {
  return (
    <Badge tone={badgeTones[level]} title={title}>
      {children}
    </Badge>
  );
}
