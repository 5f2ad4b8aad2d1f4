// Preloaded (node --import) into every example the tests run. An example must end on its own with
// nothing left open: if it calls process.exit() with handles still active, or hangs until the
// runner asks (SIGUSR2), this names the handles on stderr so the failure says what leaked.
// The process's own stdin, stdout and stderr show up as pipes or TTYs; they are not leaks.
function leftOpen(): string[] {
  const active = process.getActiveResourcesInfo();
  for (let stdio = 0; stdio < 3; stdio++) {
    const index = active.findIndex((type) => type === 'PipeWrap' || type === 'TTYWrap');
    if (index >= 0) active.splice(index, 1);
  }
  return active;
}

let named = false;

process.on('exit', (code) => {
  // A hang has been named already, by the SIGUSR2 handler below.
  if (named) return;
  const active = leftOpen();
  if (active.length > 0) {
    process.stderr.write(`leak-check: still active at exit: ${active.join(', ')}\n`);
    if (code === 0) process.exitCode = 70;
  }
});

process.on('SIGUSR2', () => {
  process.stderr.write(`leak-check: did not exit; still active: ${leftOpen().join(', ')}\n`);
  named = true;
  process.exit(71);
});
