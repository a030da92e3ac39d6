/**
 * Runs `work` on up to `ahead` items at once but hands the results to `consume` strictly in input
 * order, one at a time: reads overlap, while what depends on order (slugs, output) stays sequential.
 */
export async function mapInOrder<T, R>(
  items: readonly T[],
  ahead: number,
  work: (item: T) => Promise<R>,
  consume: (result: R, item: T) => Promise<void> | void,
): Promise<void> {
  const pending: Promise<R>[] = [];
  let started = 0;
  const fill = () => {
    while (started < items.length && pending.length < ahead) pending.push(work(items[started++]!));
  };
  fill();
  for (let i = 0; i < items.length; i++) {
    const result = await pending.shift()!;
    fill();
    await consume(result, items[i]!);
  }
}
