// The terminal API and the portal API, described once: the service validates requests with these
// schemas and the portal reads answers with them; docs/api.md and docs/portal-api.md explain them.
export * from './portal-api';
export * from './problem';
export * from './providers';
export * from './terminal-api';
export * from './text';
