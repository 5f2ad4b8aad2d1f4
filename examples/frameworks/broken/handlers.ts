// Async handlers passed to Express 4, whose types say a handler returns void: the promise is dropped,
// and typescript-eslint's no-misused-promises reports it. Express 5's types accept the promise.
import express4 from 'express4';
import express5 from 'express';

declare function loadReport(id: string): Promise<string>;
declare function loadUser(token: string | undefined): Promise<string>;

const app4 = express4();
app4.use(async (req, res, next) => {
  res.locals['user'] = await loadUser(req.headers.authorization);
  next();
});
app4.get('/report/:id', async (req, res) => {
  res.send(await loadReport(req.params.id));
});

const app5 = express5();
app5.get('/report/:id', async (req, res) => {
  res.send(await loadReport(req.params.id));
});
