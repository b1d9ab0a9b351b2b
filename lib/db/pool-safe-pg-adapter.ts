import { PrismaPg } from "@prisma/adapter-pg";
import type { PoolClient } from "pg";

type TPgAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type TPgTransaction = Awaited<ReturnType<TPgAdapter["startTransaction"]>>;

/**
 * @prisma/adapter-pg as Prisma 6.19 drives it can lose pooled connections for good: Prisma ends a
 * transaction by sending COMMIT or ROLLBACK itself and only then asks the adapter to release the
 * connection, so when that statement fails (the server terminated the connection, restarted, or a
 * COMMIT failed) the connection is never released. Every transaction in flight during a PostgreSQL
 * restart would take one slot from the pool until the pool is empty and every request waits out
 * its timeout: 503 forever, until the app restarts. (Releasing a connection whose transaction was
 * never ended would be worse: the next user would run inside it.)
 *
 * This factory hands out transactions that release their connection whatever happens: normally
 * after a successful COMMIT/ROLLBACK, and otherwise by discarding it (the pool closes it and opens
 * a fresh one when needed). tests/integration/transactions-recover.test.ts kills connections inside
 * transactions and checks the pool still serves.
 */
export class PoolSafePrismaPg extends PrismaPg {
  override async connect(): Promise<TPgAdapter> {
    const adapter = await super.connect();
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (...args) => releaseWhateverHappens(await startTransaction(...args));
    return adapter;
  }
}

function releaseWhateverHappens(transaction: TPgTransaction): TPgTransaction {
  // The pool client the transaction holds (a field of the adapter's PgTransaction).
  const connection = (transaction as unknown as { client: PoolClient }).client;
  const { executeRaw, commit, rollback } = { executeRaw: transaction.executeRaw.bind(transaction), commit: transaction.commit.bind(transaction), rollback: transaction.rollback.bind(transaction) };
  let ended = false;
  let released = false;
  const discard = (reason: unknown) => {
    if (released) return;
    released = true;
    // release(error) makes the pool close the connection instead of reusing it.
    connection.release(reason instanceof Error ? reason : new Error("transaction was not ended"));
  };
  transaction.executeRaw = async (query) => {
    const ends = query.sql === "COMMIT" || query.sql === "ROLLBACK";
    try {
      const result = await executeRaw(query);
      if (ends) ended = true;
      return result;
    } catch (error) {
      if (ends) discard(error);
      throw error;
    }
  };
  const finish = (release: () => Promise<void>) => async () => {
    if (released) return;
    if (!ended) return discard(undefined);
    released = true;
    await release();
  };
  transaction.commit = finish(commit);
  transaction.rollback = finish(rollback);
  return transaction;
}
