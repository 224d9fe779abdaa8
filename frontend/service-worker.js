// Common Ground's service worker: a friendly page when the server cannot be reached, and nothing else.
// It keeps one file, /offline.html, fetched without cookies; it never stores a page, a response or anything
// of anyone's. Change the cache name whenever offline.html changes.
const CACHE = 'common-ground-offline-v1';
const OFFLINE_PAGE = '/offline.html';

self.addEventListener('install', event => {
  event.waitUntil(caches.open(CACHE)
    .then(cache => cache.add(new Request(OFFLINE_PAGE, { credentials: 'omit', cache: 'reload' })))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => {
  event.waitUntil(caches.keys()
    .then(names => Promise.all(names.filter(name => name !== CACHE).map(name => caches.delete(name))))
    .then(() => self.clients.claim()));
});

// Only page loads: Vaadin's own requests, styles, images and form posts go to the server untouched.
self.addEventListener('fetch', event => {
  const request = event.request;
  if (request.mode !== 'navigate' || request.method !== 'GET') {
    return;
  }
  event.respondWith(fetch(request).catch(() => caches.match(OFFLINE_PAGE, { ignoreVary: true })));
});
