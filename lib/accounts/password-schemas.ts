import { checkPassword } from "./password-policy";
import { checkPasswordPair, resetPasswordFields, signUpFields } from "./schemas";

// What the actions parse: the forms' fields (schemas.ts) under the full password policy. Server
// side only — the policy carries the zxcvbn dictionaries.

export const signUpSchema = signUpFields.superRefine((data, ctx) =>
  checkPasswordPair(
    data,
    ctx,
    checkPassword(data.password, {
      login: data.login,
      email: data.email,
      names: [data.firstName, data.lastName],
    }).problem,
  ),
);

/** The reset form knows the user only on the server, so personal-data checks happen there. */
export const resetPasswordSchema = resetPasswordFields.superRefine((data, ctx) =>
  checkPasswordPair(data, ctx, checkPassword(data.password).problem),
);
