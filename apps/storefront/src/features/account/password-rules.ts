/** The API's minimum length for a new password; shown as a hint and checked before sending. */
export const minPasswordLength = 10;

export const passwordHint = `At least ${minPasswordLength} characters.`;

/** The form's own check of a new password: what to fix, or undefined. The API checks the rest. */
export function checkNewPassword(password: string): string | undefined {
  if (!password) return 'Enter a password.';
  if (password.length < minPasswordLength) return `Use at least ${minPasswordLength} characters.`;
  return undefined;
}

/** Loose shape check so obvious typos are caught before sending; the API has the final word. */
export function checkEmail(email: string): string | undefined {
  if (!email) return 'Enter your email address.';
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) return 'Enter an email address such as name@example.com.';
  return undefined;
}
