# asyncio's debug mode, switched on for one run: the coroutine to run comes first, then debug=True.
# (asyncio.run(debug=True) alone fails: main is a required argument. `python -X dev`, which the
# site runs its Python samples with, turns debug mode on as well.)
import asyncio


# #region debug
async def main() -> None:
    loop = asyncio.get_running_loop()
    print(f'debug mode: {loop.get_debug()}')
    print(f'slow callbacks logged from: {loop.slow_callback_duration} s')


asyncio.run(main(), debug=True)  # or PYTHONASYNCIODEBUG=1, or python -X dev
# #endregion debug
