/**
 * Directory usernames MedLocal passes to a search: sAMAccountName, uid or mail-style names of
 * letters, digits and `. _ - @`, up to 32 characters (the length of a MedLocal username). Anything
 * else (`*`, parentheses, backslashes, NUL, spaces) is refused before the directory is asked, so a
 * username cannot widen or rewrite the search even if escaping were ever bypassed.
 */
const SAFE_DIRECTORY_USERNAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,31}$/;

export function isSafeDirectoryUsername(username: string): boolean {
  return SAFE_DIRECTORY_USERNAME.test(username);
}
