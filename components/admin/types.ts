// What the admin screens receive: plain JSON, as the admin API answers it.
import type { Role } from "@/lib/domain/permissions";

export interface AdminRating {
  id: string;
  label: string;
  position: number;
  ratingValue: number;
  bestRating: number;
  worstRating: number;
  alternateName: string;
  retired: boolean;
  requiresSources: boolean;
}

export interface AdminUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  /** ISO date-time. */
  createdAt: string;
}
