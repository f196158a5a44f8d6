// The DBCore middleware that makes encryption at rest transparent: every value written through
// Dexie has its encrypted fields sealed (while a passphrase is set) and every value read has them
// opened. With no passphrase set it only checks each read value for envelopes and passes writes
// straight through.
import type {
  DBCore,
  DBCoreCursor,
  DBCoreMutateRequest,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import { LockedError } from './errors';
import { encryptedFieldsOf } from './fields';
import { whileAlive } from './keepAlive';
import { getKeyring, keyringReady } from './keyring';
import { assertOpenable, hasPlainField, hasSealedField, openRecord, sealRecord } from './records';
import { trackTransaction } from './writeTracker';

/** Transactions the migration works in: values pass unchanged, both ways (see migration.ts). */
const rawTransactions = new WeakSet<object>();

export function markRawTransaction(trans: object): void {
  rawTransactions.add(trans);
}

function openValues(
  table: DBCoreTable,
  trans: DBCoreTransaction,
  values: readonly unknown[],
): Promise<unknown[]> | null {
  const name = table.name;
  if (!values.some((value) => hasSealedField(name, value))) return null;
  const extractKey = table.schema.primaryKey.extractKey;
  const open = () =>
    Promise.all(
      values.map((value) =>
        hasSealedField(name, value) ? openRecord(name, value, extractKey?.(value)) : value,
      ),
    );
  const ready = keyringReady();
  if (!ready) for (const value of values) assertOpenable(name, value);
  return whileAlive(trans, ready ? ready.then(open) : open());
}

function sealValues(
  table: DBCoreTable,
  req: DBCoreMutateRequest & { values: readonly unknown[] },
): Promise<unknown[]> {
  const { key, keyId } = getKeyring();
  if (!key || !keyId) return Promise.reject(new LockedError());
  const extractKey = table.schema.primaryKey.extractKey;
  return Promise.all(
    req.values.map((value, i) =>
      hasPlainField(table.name, value) || hasSealedField(table.name, value)
        ? sealRecord(
            table.name,
            value,
            key,
            keyId,
            extractKey ? extractKey(value) : (req as { keys?: unknown[] }).keys?.[i],
          )
        : value,
    ),
  );
}

/** Whether a write must be sealed now; throws LockedError when it cannot be. */
function mustSeal(): boolean {
  const keyring = getKeyring();
  if (!keyring.enabled || keyring.writePlain) return false;
  if (!keyring.key) throw new LockedError();
  return true;
}

function mutate(table: DBCoreTable, req: DBCoreMutateRequest) {
  if (rawTransactions.has(req.trans) || (req.type !== 'add' && req.type !== 'put')) {
    return table.mutate(req);
  }
  const name = table.name;
  if (!req.values.some((value) => hasPlainField(name, value))) return table.mutate(req);
  const ready = keyringReady();
  const decide = async () => (mustSeal() ? sealValues(table, req) : null);
  if (!ready) {
    let seal: boolean;
    try {
      seal = mustSeal();
    } catch (error) {
      return Promise.reject(error);
    }
    if (!seal) return table.mutate(req);
  }
  const work = ready ? ready.then(decide) : sealValues(table, req);
  return whileAlive(req.trans, work).then((values) =>
    table.mutate(values ? { ...req, values } : req),
  );
}

/**
 * A cursor whose values are opened before the caller sees them. The caller's callback runs from
 * a request callback of the transaction (see whileAlive), so it may continue the cursor.
 */
function openingCursor(table: DBCoreTable, inner: DBCoreCursor): DBCoreCursor {
  let value: unknown;
  const cursor: DBCoreCursor = {
    get trans() {
      return inner.trans;
    },
    get key() {
      return inner.key;
    },
    get primaryKey() {
      return inner.primaryKey;
    },
    get value() {
      return value;
    },
    get done() {
      return inner.done;
    },
    continue: (key?: unknown) => inner.continue(key),
    continuePrimaryKey: (key: unknown, primaryKey: unknown) =>
      inner.continuePrimaryKey(key, primaryKey),
    advance: (count: number) => inner.advance(count),
    stop: (result?: unknown) => inner.stop(result),
    fail: (error: Error) => inner.fail(error),
    start(onNext: () => void) {
      return inner.start(() => {
        const raw = inner.value;
        let opening: Promise<unknown[]> | null;
        try {
          opening = openValues(table, inner.trans, [raw]);
        } catch (error) {
          inner.fail(error as Error);
          return;
        }
        if (!opening) {
          value = raw;
          onNext();
          return;
        }
        opening.then(
          ([opened]) => {
            value = opened;
            try {
              onNext();
            } catch (error) {
              inner.fail(error as Error);
            }
          },
          (error: Error) => inner.fail(error),
        );
      });
    },
    next() {
      let gotOne = 1;
      return this.start(() => (gotOne-- ? this.continue() : this.stop())).then(() => this);
    },
  };
  return cursor;
}

function wrapTable(table: DBCoreTable): DBCoreTable {
  if (!encryptedFieldsOf(table.name)) return table;
  const opened = (trans: DBCoreTransaction, values: unknown[]) =>
    rawTransactions.has(trans) ? null : openValues(table, trans, values);
  return {
    ...table,
    mutate: (req) => mutate(table, req),
    get: (req) =>
      table.get(req).then((value) => {
        const opening = opened(req.trans, [value]);
        return opening ? opening.then(([v]) => v) : value;
      }),
    getMany: (req) => table.getMany(req).then((values) => opened(req.trans, values) ?? values),
    query: (req) =>
      table.query(req).then((res) => {
        const opening = req.values ? opened(req.trans, res.result) : null;
        return opening ? opening.then((result) => ({ ...res, result })) : res;
      }),
    openCursor: (req) =>
      table.openCursor(req).then((cursor) => {
        if (!cursor || !req.values || rawTransactions.has(req.trans)) return cursor;
        return openingCursor(table, cursor);
      }),
  };
}

/**
 * Registered by createDatabase(): `db.use(encryptionMiddleware)`. Level 10 (Dexie's default) puts
 * it above Dexie's own cache and observability layers, so what they hold is the sealed form.
 */
export const encryptionMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'encryption',
  create: (down) => ({
    ...down,
    transaction: (stores, mode, options) =>
      trackTransaction(down.transaction(stores, mode, options), mode),
    table: (name) => wrapTable(down.table(name)),
  }),
};
