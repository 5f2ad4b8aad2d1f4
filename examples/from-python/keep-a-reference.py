# The event loop keeps only a weak reference to a task: a task that nothing else references, waiting
# on a future that only it references, is garbage-collected mid-flight. Keep your own reference.
# The TypeScript twin (keep-a-reference.ts) shows Node keeping such work alive by its pending handle.
import asyncio
import gc


# #region keep
async def wait_for_reply(reply: asyncio.Future[str]) -> None:
    print(f'got {await reply}')


async def main() -> None:
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(lambda _, context: print(f'loop: {context["message"]}'))

    asyncio.create_task(wait_for_reply(loop.create_future()))  # no reference kept
    await asyncio.sleep(0)  # it starts, and waits
    gc.collect()  # a collection can come at any time; here it comes now

    background: set[asyncio.Task[None]] = set()
    reply: asyncio.Future[str] = loop.create_future()
    task = asyncio.create_task(wait_for_reply(reply))
    background.add(task)  # kept until it is done
    task.add_done_callback(background.discard)
    await asyncio.sleep(0)
    gc.collect()
    reply.set_result('the reply')
    await asyncio.wait(background)


asyncio.run(main())
# #endregion keep
