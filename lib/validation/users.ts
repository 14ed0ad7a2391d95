import { z } from "zod";

export const ZRole = z.enum(["EDITOR", "CHECKER", "MANAGER"], {
  error: "Role must be EDITOR, CHECKER or MANAGER.",
});

export const ZCreateUserInput = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid email address."),
  name: z.string().trim().min(1, "Enter the person's name.").max(120),
  role: ZRole,
  password: z
    .string()
    .min(12, "Use at least 12 characters for the password.")
    .max(1024, "The password is too long."),
});
export type CreateUserInput = z.input<typeof ZCreateUserInput>;
