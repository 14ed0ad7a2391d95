// The claim detail's calls to the JSON API. Every failure becomes an ApiError carrying
// the server's code, its user-facing message and, for 422, the field issues.
// Type only (erased at build): the response shape stays the use case's own, never a copy.
// eslint-disable-next-line no-restricted-imports -- a type import pulls no server code into the bundle
import type { ClaimDetail } from "@/lib/server/claims/get-claim-detail";
import type { FieldIssue } from "@/lib/errors";
import type {
  AssignmentInput,
  CommentInput,
  ReconfirmInput,
  SourceInput,
  TransitionInput,
  VerdictInput,
} from "@/lib/validation/claims";

export type ClaimDetailData = ClaimDetail;
export type DetailSource = ClaimDetailData["sources"][number];
export type DetailVerdict = ClaimDetailData["verdicts"][number];
export type DetailComment = ClaimDetailData["comments"][number];

export interface Person {
  id: string;
  name: string;
  role: "EDITOR" | "CHECKER" | "MANAGER";
  handle: string;
}

export interface RatingOption {
  id: string;
  label: string;
  retired: boolean;
  requiresSources: boolean;
}

export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly issues: FieldIssue[];

  constructor(code: string, message: string, status = 0, issues: FieldIssue[] = []) {
    super(message);
    this.name = "ApiError";
    this.code = code;
    this.status = status;
    this.issues = issues;
  }
}

interface ErrorPayload {
  error?: { code?: unknown; message?: unknown; issues?: unknown };
}

function isIssue(value: unknown): value is FieldIssue {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as FieldIssue).path === "string" &&
    typeof (value as FieldIssue).message === "string"
  );
}

async function request<T>(url: string, init?: { method: string; body?: unknown }): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: init?.method ?? "GET",
      headers: init?.body === undefined ? undefined : { "content-type": "application/json" },
      body: init?.body === undefined ? undefined : JSON.stringify(init.body),
      cache: "no-store",
    });
  } catch {
    throw new ApiError("network", "Could not reach Claimdesk. Check your connection and try again.");
  }
  if (response.status === 204) return undefined as T;
  const payload = (await response.json().catch(() => null)) as unknown;
  if (response.ok) return payload as T;
  const error = (payload as ErrorPayload | null)?.error;
  const issues = Array.isArray(error?.issues) ? error.issues.filter(isIssue) : [];
  throw new ApiError(
    typeof error?.code === "string" ? error.code : "internal",
    typeof error?.message === "string" ? error.message : "Something went wrong on our side. Try again.",
    response.status,
    issues,
  );
}

/** Any thrown value as an ApiError, so callers handle one shape. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError("internal", "Something went wrong. Try again.");
}

/** The first message for each field path ("url", "reason", …). */
export function issuesByField(error: ApiError | null): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const issue of error?.issues ?? []) byField[issue.path] ??= issue.message;
  return byField;
}

const claimUrl = (claimId: string) => `/api/v1/claims/${encodeURIComponent(claimId)}`;
const sourceUrl = (sourceId: string) => `/api/v1/sources/${encodeURIComponent(sourceId)}`;

export const claimApi = {
  get: (claimId: string) => request<ClaimDetailData>(claimUrl(claimId)),
  updateAssignment: (claimId: string, body: AssignmentInput) =>
    request<ClaimDetailData>(claimUrl(claimId), { method: "PATCH", body }),
  transition: (claimId: string, body: TransitionInput) =>
    request<ClaimDetailData>(`${claimUrl(claimId)}/transitions`, { method: "POST", body }),
  addSource: (claimId: string, body: SourceInput) =>
    request<unknown>(`${claimUrl(claimId)}/sources`, { method: "POST", body }),
  updateSource: (sourceId: string, body: Partial<SourceInput>) =>
    request<unknown>(sourceUrl(sourceId), { method: "PATCH", body }),
  removeSource: (sourceId: string) => request<void>(sourceUrl(sourceId), { method: "DELETE" }),
  proposeVerdict: (claimId: string, body: VerdictInput) =>
    request<ClaimDetailData>(`${claimUrl(claimId)}/verdicts`, { method: "POST", body }),
  reconfirm: (claimId: string, body: ReconfirmInput) =>
    request<ClaimDetailData>(`${claimUrl(claimId)}/reconfirm`, { method: "POST", body }),
  addComment: (claimId: string, body: CommentInput) =>
    request<unknown>(`${claimUrl(claimId)}/comments`, { method: "POST", body }),
};

// The scale and the people change rarely; one request per page load serves every card.
let ratingsRequest: Promise<RatingOption[]> | null = null;
let peopleRequest: Promise<Person[]> | null = null;

export function loadRatings(): Promise<RatingOption[]> {
  ratingsRequest ??= request<{ ratings: RatingOption[] }>("/api/v1/ratings").then(
    (r) => r.ratings,
    (error: unknown) => {
      ratingsRequest = null;
      throw error;
    },
  );
  return ratingsRequest;
}

export function loadPeople(): Promise<Person[]> {
  peopleRequest ??= request<{ users: Person[] }>("/api/v1/users").then(
    (r) => r.users,
    (error: unknown) => {
      peopleRequest = null;
      throw error;
    },
  );
  return peopleRequest;
}
