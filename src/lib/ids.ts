/** UUID v4 strings are the primary key of every record (Dexie cannot change a key later). */
export function newId(): string {
  return crypto.randomUUID();
}
