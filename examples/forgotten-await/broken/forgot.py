# A forgotten await in Python: pyright in strict mode reports the coroutine that nothing awaits
# before the program runs; CPython runs it, skips the body and warns when the coroutine is collected.
import asyncio

saved = False


async def save() -> None:
    global saved
    saved = True


async def main() -> None:
    save()  # the await is missing
    print(f'saved: {saved}')


asyncio.run(main())
