/**
 * Wraps a reader of a shipped data file so that each file is read and validated once per process (the
 * files ship with the code and do not change while it runs). A failed read is forgotten, so the next
 * call tries again.
 */
export function loadOnce<T>(read: (file: string) => Promise<T>): (file: string) => Promise<T> {
  const loaded = new Map<string, Promise<T>>();
  return (file) => {
    let value = loaded.get(file);
    if (!value) {
      value = read(file);
      loaded.set(file, value);
      value.catch(() => loaded.delete(file));
    }
    return value;
  };
}
