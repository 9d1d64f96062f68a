/**
 * A path on this site to return to after sign-in, or null. Browsers read "/\\evil.example" and "//evil"
 * as another host, so only a single leading slash followed by no slash or backslash, and no control
 * characters or backslashes anywhere, is followed.
 */
export function safeReturnPath(path: string | undefined | null): string | null {
  if (!path || path.length > 2000) return null;
  if (!/^\/(?![/\\])/.test(path)) return null;
  if (/[\\\u0000-\u001f\u007f]/.test(path)) return null;
  return path;
}
