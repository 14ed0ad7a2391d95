/** The command that creates a workspace's first manager: printed by `npm start`, shown by the sign-in page. */
export const FIRST_MANAGER_COMMAND =
  'npm run user:create -- --email you@newsroom.org --name "Your Name" --role MANAGER';
