#!/usr/bin/env node
// Serves the built task pane (dist/web) on http://localhost:3000 for the browser demo.
// Node built-ins only; local machine only (127.0.0.1). Usage: npm run demo
'use strict';

const console = require('console');
const fs = require('fs');
const http = require('http');
const path = require('path');
const { URL } = require('url');

const ROOT = path.resolve(__dirname, '..', 'dist', 'web');
const PORT = Number(process.env.PORT || process.env.npm_package_config_dev_server_port || 3000);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

if (!fs.existsSync(path.join(ROOT, 'taskpane.html'))) {
  console.error(
    'dist/web/taskpane.html est absent : lancez d’abord « npx webpack --mode production ».',
  );
  process.exit(2);
}

const server = http.createServer((req, res) => {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url || '/', 'http://localhost').pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  const file = path.resolve(ROOT, '.' + (pathname === '/' ? '/taskpane.html' : pathname));
  const inside = file.startsWith(ROOT + path.sep);
  if (!inside || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Introuvable');
    return;
  }
  res.writeHead(200, {
    'content-type': TYPES[path.extname(file)] || 'application/octet-stream',
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  fs.createReadStream(file).pipe(res);
});

server.on('error', (error) => {
  console.error(
    error.code === 'EADDRINUSE'
      ? `Le port ${PORT} est déjà utilisé : arrêtez l’autre serveur ou lancez « PORT=3001 npm run demo ».`
      : `Le serveur de démo n’a pas démarré : ${error.message}`,
  );
  process.exit(2);
});

server.listen(PORT, '127.0.0.1', () => {
  console.log(`Trépied, démo dans le navigateur : http://localhost:${PORT}/`);
  console.log('Ouvrez cette adresse ; Ctrl+C pour arrêter.');
});
