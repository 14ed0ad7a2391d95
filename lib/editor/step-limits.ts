// How many steps travel in one batch, shared by the workspace's sender and the server's
// checker. Its own module so the browser does not load the checker (and zod) for a number.

/** More than a person types between two sends, even after a long time offline (sent in chunks). */
export const MAX_STEPS_PER_BATCH = 1000;
