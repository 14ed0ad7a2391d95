import { z } from "@/lib/validation/zod";

export const ZRole = z.enum(["EDITOR", "CHECKER", "MANAGER"], {
  error: "Role must be EDITOR, CHECKER or MANAGER.",
});

/** The one strength rule for every password a person sets (creation, change). */
export const ZNewPassword = z
  .string({ error: "Enter a password." })
  .min(12, "Use at least 12 characters for the password.")
  .max(1024, "The password is too long.");

export const ZCreateUserInput = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid email address."),
  name: z.string().trim().min(1, "Enter the person's name.").max(120),
  role: ZRole,
  password: ZNewPassword,
});
export type CreateUserInput = z.input<typeof ZCreateUserInput>;

export const ZChangePasswordInput = z
  .strictObject({
    currentPassword: z
      .string({ error: "Enter your current password." })
      .min(1, "Enter your current password.")
      .max(1024, "The password is too long."),
    newPassword: ZNewPassword,
  })
  .refine((input) => input.newPassword !== input.currentPassword, {
    path: ["newPassword"],
    message: "Choose a password different from the current one.",
  });
export type ChangePasswordInput = z.input<typeof ZChangePasswordInput>;
