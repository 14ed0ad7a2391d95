import { AppError } from "@/lib/errors";

/** The AppError a use case refused with; fails the test when it succeeded or threw anything else. */
export async function caught(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}
