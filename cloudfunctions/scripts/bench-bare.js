// The bench's yardstick: a bare Node HTTP server answering a fixed JSON.
const http = require('node:http');

const body = JSON.stringify({ ok: true, data: { today: '2026-11-21', tickets: [] } });
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
});
server.listen(0, '127.0.0.1', () => console.log(`bare http://127.0.0.1:${server.address().port}/`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
