export interface PasswordPolicy {
  readonly minLength: number;
  /** How many of lower case, upper case, digits and symbols a password must mix. */
  readonly minClasses: number;
  readonly commonPasswords: ReadonlySet<string>;
}

export type PasswordProblem = 'too_short' | 'too_long' | 'too_few_classes' | 'contains_username' | 'common';

/** Argon2 hashes any length, but an unbounded input is a cheap way to burn CPU. */
export const PASSWORD_MAX_LENGTH = 128;

const CLASS_PATTERNS = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/];

/** The rules that need no stored hashes (history is checked by the caller); empty when acceptable. */
export function checkPasswordPolicy(params: { password: string; username: string; policy: PasswordPolicy }): PasswordProblem[] {
  const { password, username, policy } = params;
  const problems: PasswordProblem[] = [];
  if ([...password].length < policy.minLength) problems.push('too_short');
  if (password.length > PASSWORD_MAX_LENGTH) problems.push('too_long');
  if (CLASS_PATTERNS.filter((pattern) => pattern.test(password)).length < policy.minClasses) problems.push('too_few_classes');
  if (username.length >= 3 && password.toLowerCase().includes(username.toLowerCase())) problems.push('contains_username');
  if (commonForms(password).some((form) => policy.commonPasswords.has(form))) problems.push('common');
  return problems;
}

/** `Woaini1314!@#` is `woaini1314` with symbols stuck on: padding a common password does not make it rare. */
function commonForms(password: string): string[] {
  const lower = password.toLowerCase();
  return [lower, lower.replace(/[^a-z0-9]+$/, ''), lower.replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '')];
}

const PROBLEM_TEXT: Record<PasswordProblem | 'reused', (policy: PasswordPolicy) => string> = {
  too_short: (policy) => `at least ${policy.minLength} characters`,
  too_long: () => `at most ${PASSWORD_MAX_LENGTH} characters`,
  too_few_classes: (policy) => `at least ${policy.minClasses} of: lower-case letters, upper-case letters, digits, symbols`,
  contains_username: () => 'must not contain the username',
  common: () => 'must not be a common password',
  reused: () => 'must not be one of the recent passwords',
};

export function describePasswordProblems(problems: readonly (PasswordProblem | 'reused')[], policy: PasswordPolicy): string {
  return `Password rejected: ${problems.map((problem) => PROBLEM_TEXT[problem](policy)).join('; ')}`;
}
