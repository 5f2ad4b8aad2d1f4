# CPython 3.11 threads under the GIL: two CPU-bound threads keep no more than one core busy, while
# blocking waits (which release the GIL, like a socket read) overlap.
import time
from concurrent.futures import ThreadPoolExecutor


def count_down(n: int) -> None:
    while n > 0:
        n -= 1


with ThreadPoolExecutor(max_workers=8) as pool:
    # #region cpu-bound
    # Two CPU-bound jobs in two threads. Cores busy = CPU time of the process / wall time: two
    # threads running in parallel would make it 2; load elsewhere can only make it smaller.
    wall, cpu = time.perf_counter(), time.process_time()
    list(pool.map(count_down, [5_000_000, 5_000_000]))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f'CPU-bound, two threads: {cpu / wall:.2f} cores busy')
    # #endregion cpu-bound

    # #region io-bound
    # Eight blocking waits of 250 ms in eight threads: time.sleep releases the GIL while it waits,
    # as blocking I/O does. Overlap = the waits' total / wall time: 1 one after the other, 8 at best.
    wall = time.perf_counter()
    list(pool.map(time.sleep, [0.25] * 8))
    wall = time.perf_counter() - wall
    print(f'I/O-bound, eight threads: the waits overlap {2.0 / wall:.2f} times')
    # #endregion io-bound
