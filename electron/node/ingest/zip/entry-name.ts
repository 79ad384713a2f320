// Entry names that could escape an extraction folder or confuse a file system are refused.

/** The reason a name is refused, or null when it is acceptable. */
export function refuseEntryName(name: string): string | null {
  if (name.length === 0) return 'empty entry name';
  if (name.includes('\0')) return 'entry name contains a NUL character';
  if (name.startsWith('\\\\') || name.startsWith('//')) return 'entry name is a network (UNC) path';
  if (name.startsWith('/') || name.startsWith('\\')) return 'entry name is an absolute path';
  if (/^[a-zA-Z]:/.test(name)) return 'entry name has a drive letter';
  if (name.split(/[\\/]/).includes('..')) return "entry name has a '..' segment (path traversal)";
  return null;
}

export function normaliseEntryName(name: string): string {
  return name.replace(/\\/g, '/');
}
